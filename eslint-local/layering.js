// Local lint rule: which top-level folder may import what (architecture.md, "Boundaries").
// Modelled on VS Code's code-layering rule: one table, one message, its own tests (tests/unit/lint-layering.test.ts).
import { builtinModules } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const NODE_BUILTINS = new Set(builtinModules);

/** What each layer may import. Libraries not named here are allowed everywhere they make sense. */
const LAYERS = {
  shared: { layers: ['shared'], node: false, libs: { forbidden: ['electron', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand', 'antd'] } },
  renderer: { layers: ['shared', 'renderer'], node: false, libs: { forbidden: ['electron'] } },
  electron: { layers: ['shared', 'electron'], node: true, libs: { forbidden: ['react', 'react-dom', 'antd', 'dexie'] } },
  server: { layers: ['shared', 'server'], node: true, libs: { forbidden: ['react', 'react-dom', 'antd', 'dexie', 'electron'] } },
  cli: { layers: ['shared', 'cli'], node: true, libs: { forbidden: ['react-dom', 'antd', 'dexie', 'electron'] } },
  'shared-node': { layers: ['shared', 'shared-node'], node: true, libs: { forbidden: ['electron', 'react', 'react-dom', 'antd', 'dexie'] } },
};

/** Third-party libraries behind one door each (conventions.md, item 4). */
const DOORS = {
  dexie: 'renderer/src/db/',
  'dexie-react-hooks': 'renderer/src/db/',
  zustand: 'renderer/src/stores/',
  exceljs: ['shared/export/', 'shared/import/'],
  '@react-pdf/renderer': 'shared/export/',
  '@svar-ui/react-gantt': 'renderer/src/features/roadmap/',
  '@tiptap/react': 'renderer/src/features/plan/',
  '@tiptap/starter-kit': 'renderer/src/features/plan/',
};

const ALIASES = { '#shared/': 'shared', '#renderer/': 'renderer', '#electron/': 'electron', '#server/': 'server', '#cli/': 'cli' };

function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

// shared/node/ is VS Code's `node` layer beside `common`: shared code that needs Node built-ins, for the
// Node runtimes only (electron/, server/, cli/).
const NODE_RUNTIMES = ['electron', 'server', 'cli'];

function layerOfPath(relative) {
  if (relative.startsWith('shared/node/')) return 'shared-node';
  const top = relative.split('/')[0];
  return top in LAYERS ? top : null;
}

/** Returns a reason string when `spec` may not be imported from the file at `relFile`, else null. */
export function checkImport(relFile, spec) {
  // Build-tool configs (vite.config.ts) run in Node at build time, not in the layer they configure.
  if (/\.config\.[cm]?[jt]s$/.test(relFile)) return null;
  const own = layerOfPath(relFile);
  if (!own) return null;
  const rules = LAYERS[own];
  let target = null;
  const alias = Object.keys(ALIASES).find((a) => spec.startsWith(a));
  if (spec.startsWith('#shared/node/')) target = 'shared-node';
  else if (alias) target = ALIASES[alias];
  else if (spec.startsWith('.')) {
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(relFile), spec));
    target = layerOfPath(resolved);
    const allowed = target && rules.layers.includes(target);
    if (allowed && target !== own) return `import ${target}/ through its '#${target}/' alias, not a relative path`;
  }
  if (target === 'shared-node') {
    return own === 'shared-node' || NODE_RUNTIMES.includes(own) ? null : `${own}/ may not access shared/node/ (Node only)`;
  }
  if (target) return rules.layers.includes(target) ? null : `${own}/ may not access ${target}/`;
  if (spec.startsWith('node:') || NODE_BUILTINS.has(packageName(spec))) {
    return rules.node ? null : `${own}/ may not use Node built-ins (${spec})`;
  }
  const name = packageName(spec);
  if (rules.libs.forbidden.includes(name)) return `${own}/ may not import ${name}`;
  const doors = [DOORS[name] ?? []].flat();
  if (doors.length > 0 && !doors.some((door) => relFile.startsWith(door))) {
    return `${name} is imported only in ${doors.join(' or ')}`;
  }
  return null;
}

export const layeringRule = {
  meta: { type: 'problem', docs: { description: 'Enforce the layer matrix of architecture.md' }, schema: [] },
  create(context) {
    const relFile = path.relative(ROOT, context.filename).split(path.sep).join('/');
    const report = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const reason = checkImport(relFile, source.value);
      if (reason) context.report({ node: source, message: `Bad layering: ${reason}.` });
    };
    return {
      ImportDeclaration: (node) => report(node, node.source),
      ExportNamedDeclaration: (node) => report(node, node.source),
      ExportAllDeclaration: (node) => report(node, node.source),
      ImportExpression: (node) => report(node, node.source),
    };
  },
};

export const localPlugin = { rules: { layering: layeringRule } };
