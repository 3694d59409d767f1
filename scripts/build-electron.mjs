// Bundles the Electron main process and preload into dist/electron. The sandboxed preload can `require`
// only 'electron' itself, so both are single CommonJS files with every other import (zod, shared/) inlined;
// esbuild resolves the `#shared/*` subpath imports from package.json.
// Usage: node scripts/build-electron.mjs [--outdir DIR]   (tests build into a temporary folder)
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--outdir');
const outdir = flag > 0 && process.argv[flag + 1] ? path.resolve(process.argv[flag + 1]) : path.join(root, 'dist', 'electron');

const started = Date.now();
await build({
  absWorkingDir: root,
  entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  charset: 'utf8', // keep the Chinese strings readable in the bundle
  logLevel: 'warning',
});

// The window icon for unpackaged runs and Linux; installers use build/ directly.
const icon = path.join(root, 'build', 'icons', '256x256.png');
mkdirSync(outdir, { recursive: true });
if (existsSync(icon)) copyFileSync(icon, path.join(outdir, 'icon.png'));

console.log(`[build-electron] ${path.relative(root, outdir) || outdir}: main.cjs, preload.cjs (${Date.now() - started} ms)`);
