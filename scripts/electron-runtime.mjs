// Fetches Electron's runtime after `npm ci`, without failing the install when it cannot.
// Electron's own postinstall is denied in package.json (allowScripts) because, on a machine with no route
// to Electron's download host, it fails the whole install. Here the same download is attempted and a
// failure only means `npm start` serves the app in the browser instead (see README).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function electronBinary() {
  try {
    const path = require('electron'); // electron/index.js returns the binary path, or throws when absent
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function install() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    console.log('[electron-runtime] ELECTRON_SKIP_BINARY_DOWNLOAD is set: not fetching the Electron runtime.');
    return;
  }
  if (electronBinary()) return;
  let installer;
  try {
    installer = require.resolve('electron/install.js');
  } catch {
    console.log('[electron-runtime] the electron package is not installed; skipping.');
    return;
  }
  const result = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
  if (result.status === 0 && electronBinary()) {
    console.log('[electron-runtime] Electron runtime installed.');
  } else {
    const reason = (result.stderr?.toString() ?? '').split('\n').find((l) => l.trim()) ?? 'unknown error';
    console.log(`[electron-runtime] Electron runtime not available (${reason.trim()}).`);
    console.log('[electron-runtime] `npm start` will serve the planner in the browser on 127.0.0.1 instead.');
  }
}

if (process.argv[2] === 'install') install();
