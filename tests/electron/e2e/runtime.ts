import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ElectronRuntime {
  executablePath: string | null;
  /** Why there is none (printed when the Electron e2e tests skip). */
  reason: string;
}

const EXECUTABLE: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'electron',
  win32: 'electron.exe',
  darwin: 'Electron.app/Contents/MacOS/Electron',
};

/**
 * Finds the Electron binary the way the electron package does (node_modules/electron/path.txt, or
 * ELECTRON_OVERRIDE_DIST_PATH), without importing 'electron': that import throws when the runtime download
 * failed, which is the normal state of a machine without a route to Electron's download host.
 */
export function findElectronRuntime(root: string, env: NodeJS.ProcessEnv = process.env): ElectronRuntime {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathTxt = path.join(pkg, 'path.txt');
  const relative = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : (EXECUTABLE[process.platform] ?? null);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = relative ? path.join(override, relative) : null;
    if (candidate && existsSync(candidate)) return { executablePath: candidate, reason: '' };
    return { executablePath: null, reason: `ELECTRON_OVERRIDE_DIST_PATH=${override} has no Electron binary (${candidate ?? 'unknown platform'})` };
  }
  if (!existsSync(pathTxt)) {
    return {
      executablePath: null,
      reason:
        'no Electron runtime on this machine (node_modules/electron/path.txt is missing: the runtime download failed or was skipped). ' +
        'Set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron binary to run these tests.',
    };
  }
  const candidate = path.join(pkg, 'dist', relative ?? '');
  if (!existsSync(candidate)) return { executablePath: null, reason: `the Electron binary ${candidate} is missing` };
  return { executablePath: candidate, reason: '' };
}
