import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeBackup } from '#shared/backup/format.ts';
import { makeHospital, makeTables } from '#tests/helpers/factories.ts';
import { createFakeElectron, preventable } from './fake-electron.ts';
import { temporaryDirs } from './temp-dir.ts';

// Loads the real bundle (dist/electron/main.cjs as scripts/build-electron.mjs makes it) against a fake
// 'electron' module, to check what main.ts wires up without an Electron runtime.

const ROOT = path.resolve(import.meta.dirname, '../..');
const tempDir = temporaryDirs('file');
const APP_FRAME = { senderFrame: { url: 'app://planner/#/hospital' } };

let fake: ReturnType<typeof createFakeElectron>;
let userData: string;
let systemFonts: string;

beforeAll(() => {
  const top = tempDir('planner-main-');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-electron.mjs'), '--outdir', path.join(top, 'dist/electron')], {
    stdio: 'pipe',
  });
  mkdirSync(path.join(top, 'dist/renderer'), { recursive: true });
  writeFileSync(path.join(top, 'dist/renderer/index.html'), '<!doctype html><title>临床专科建设规划</title>');
  // The bundle's require('electron') resolves here; filling in the cached exports swaps in the fake.
  mkdirSync(path.join(top, 'node_modules/electron'), { recursive: true });
  writeFileSync(path.join(top, 'node_modules/electron/index.js'), 'module.exports = {};');
  const require = createRequire(path.join(top, 'dist/electron/main.cjs'));
  fake = createFakeElectron(path.join(top, 'Documents'));
  Object.assign(require('electron') as object, fake.electron);
  userData = path.join(top, 'userData');
  systemFonts = path.join(top, 'Fonts');
  mkdirSync(systemFonts);
  writeFileSync(path.join(systemFonts, 'simhei.ttf'), 'fake 黑体');
  vi.stubEnv('PLANNER_USER_DATA_DIR', userData);
  vi.stubEnv('PLANNER_SYSTEM_FONTS_DIR', systemFonts);
  require('./main.cjs');
  vi.unstubAllEnvs();
}, 30_000);

describe('main process wiring', () => {
  it('registers the privileged scheme and the sandbox before Electron is ready', async () => {
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(fake.log.slice(0, 4)).toEqual(['registerSchemesAsPrivileged', 'enableSandbox', 'requestSingleInstanceLock', 'whenReady']);
    expect(fake.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
    ]);
  });

  it('opens one secure window on app://planner/ with the bundled preload', () => {
    const [win] = fake.windows;
    expect(win?.url).toBe('app://planner/');
    expect(win?.options.title).toBe('临床专科建设规划');
    expect(win?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(path.basename(String(win?.options.webPreferences?.preload))).toBe('preload.cjs');
  });

  it('serves dist/renderer through the app protocol', async () => {
    const handler = fake.protocolHandlers.get('app');
    const response = await handler!(new Request('app://planner/'));
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await response.text()).toContain('临床专科建设规划');
  });

  it('denies new windows, outside navigation, permissions and outside requests', () => {
    const contents = fake.windows[0]!.webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    const away = preventable();
    contents.emit('will-navigate', away, 'https://example.org/');
    const inside = preventable();
    contents.emit('will-navigate', inside, 'app://planner/index.html');
    expect([away.defaultPrevented, inside.defaultPrevented]).toEqual([true, false]);
    const grants: boolean[] = [];
    fake.sessionHooks.permissionRequest?.(contents, 'media', (granted) => grants.push(granted));
    expect(grants).toEqual([false]);
    expect(fake.sessionHooks.permissionCheck?.()).toBe(false);
    const cancels: boolean[] = [];
    for (const url of ['https://cdn.example.org/x.js', 'app://planner/assets/a.js']) {
      fake.sessionHooks.beforeRequest?.({ url }, (response) => cancels.push(response.cancel));
    }
    expect(cancels).toEqual([true, false]);
  });

  it('answers IPC from the app page only, validating payloads', async () => {
    expect([...fake.ipcListeners.keys()]).toHaveLength(7);
    const appInfo = fake.ipcListeners.get('planner:app-info')!;
    await expect(appInfo(APP_FRAME, undefined)).resolves.toMatchObject({ isElectron: true, userDataPath: userData });
    const read = fake.ipcListeners.get('planner:snapshot-read')!;
    await expect(read(APP_FRAME, { name: '../../etc/passwd' })).rejects.toThrow('参数无效');
  });

  it('reports and serves the system fonts of one folder (PLANNER_SYSTEM_FONTS_DIR here, %WINDIR%\\Fonts otherwise)', async () => {
    const list = fake.ipcListeners.get('planner:pdf-system-fonts')!;
    await expect(list(APP_FRAME, undefined)).resolves.toEqual([{ face: 'hei', file: 'simhei.ttf', label: '黑体 simhei.ttf（系统字体）' }]);
    const handler = fake.protocolHandlers.get('app')!;
    const hei = await handler(new Request('app://planner/system-fonts/hei'));
    expect([hei.status, await hei.text()]).toEqual([200, 'fake 黑体']);
    expect((await handler(new Request('app://planner/system-fonts/fang'))).status).toBe(404);
  });

  it('sets a Chinese menu and focuses the window on a second launch', () => {
    expect(fake.state.menu.map((item) => item.label)).toEqual(expect.arrayContaining(['文件', '编辑', '视图']));
    fake.electron.app.emit('second-instance');
    expect(fake.windows[0]!.focused).toBe(1);
  });

  it('on close asks the renderer for a final snapshot, writes it, then quits', async () => {
    const win = fake.windows[0]!;
    win.close();
    expect(win.closed).toBe(false);
    expect(win.webContents.sent).toEqual(['planner:snapshot-request']);
    const backup = JSON.stringify(makeBackup(makeTables({ hospitals: [makeHospital()] }), 'app'));
    await fake.ipcListeners.get('planner:snapshot-write')!(APP_FRAME, { backup });
    await vi.waitFor(() => expect(win.closed).toBe(true));
    expect(fake.state.quitCalls).toBe(1);
    expect(readdirSync(path.join(userData, 'snapshots'))).toEqual([expect.stringMatching(/^snapshot-\d{8}T\d{9}Z\.json$/)]);
  });
});
