// `npm start`: build, then open the desktop app — or, where no Electron runtime could be installed, say so
// and serve the same build on http://127.0.0.1:4173 for a browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-runtime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PREVIEW_URL = 'http://127.0.0.1:4173';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// Vite's own CLI under this Node, not through npx: a signal to us then reaches the server itself.
const viteCli = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');

/**
 * electron's own resolver (behind electronBinary) honours ELECTRON_OVERRIDE_DIST_PATH only when its
 * path.txt exists, i.e. when the download once succeeded; this covers a machine where it never did.
 */
function overrideBinary() {
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!dist) return null;
  const name = { win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' }[process.platform] ?? 'electron';
  const candidate = path.join(dist, name);
  return existsSync(candidate) ? candidate : null;
}

/** Runs a child with our terminal; Ctrl+C reaches it, and its exit becomes ours. */
function runForeground(command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', ...options });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = electronBinary() ?? overrideBinary();
if (binary) {
  // ELECTRON_RUN_AS_NODE in the environment would start plain Node instead of the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  console.log(`[start] 启动桌面版 / launching Electron: ${binary}`);
  runForeground(binary, ['.'], { env, shell: false });
} else {
  console.log('');
  console.log('[start] The Electron runtime is not available on this machine (its download failed or was skipped).');
  console.log('[start] 本机没有 Electron 运行时（下载失败或已跳过），改为在浏览器中提供同一应用。');
  console.log('[start] Set ELECTRON_OVERRIDE_DIST_PATH to a folder with an Electron binary to open the desktop app.');
  console.log(`[start] Open / 请在浏览器中打开: ${PREVIEW_URL}`);
  console.log('');
  const previewArgs = ['preview', '--config', 'renderer/vite.config.ts', '--host', '127.0.0.1', '--port', '4173', '--strictPort'];
  runForeground(process.execPath, [viteCli, ...previewArgs], { shell: false });
}
