// Wiring only: every capability lives in its own module with plain functions that unit tests call directly.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session } from 'electron';
import { SNAPSHOT_REQUEST_EVENT, wireChannel } from '#shared/ipc/index.ts';
import {
  combineHandlers,
  createAppHandlers,
  createFileHandlers,
  createFontHandlers,
  createIpcDispatcher,
  createSnapshotHandlers,
  registerIpcHandlers,
} from './ipc/index.ts';
import { buildMenuTemplate } from './menu.ts';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_URL, createAppProtocolHandler } from './protocol.ts';
import { hardenSession } from './security.ts';
import { FINAL_SNAPSHOT_TIMEOUT_MS, createCloseGuard, createSnapshotScheduler } from './snapshot-schedule.ts';
import { createSnapshotStore } from './snapshots.ts';
import { defaultSystemFontsDir } from './system-fonts.ts';
import { WINDOW_TITLE, focusWindow, hardenWebContents, mainWindowOptions } from './window.ts';

// Both must happen before 'ready': privileged schemes and the sandbox are fixed when Chromium starts.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

// Tests (and anyone who wants a second, separate data set) point the app at another data folder.
const userDataOverride = process.env.PLANNER_USER_DATA_DIR;
if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

// One running copy per data folder: two windows on one IndexedDB would overwrite each other's snapshots.
if (app.requestSingleInstanceLock()) start();
else app.quit();

function start(): void {
  // dist/electron/main.cjs → dist/renderer and dist/electron/preload.cjs, inside or outside app.asar alike.
  const rendererRoot = path.join(__dirname, '..', 'renderer');
  const iconPath = path.join(__dirname, 'icon.png');
  // Tests point the app at a folder of their own fonts; everyone else gets %WINDIR%\Fonts.
  const systemFontsDir = process.env.PLANNER_SYSTEM_FONTS_DIR ? path.resolve(process.env.PLANNER_SYSTEM_FONTS_DIR) : defaultSystemFontsDir();
  let mainWindow: BrowserWindow | null = null;

  const store = createSnapshotStore(path.join(app.getPath('userData'), 'snapshots'));
  const scheduler = createSnapshotScheduler(() => mainWindow?.webContents.send(wireChannel(SNAPSHOT_REQUEST_EVENT)));
  const parent = () => mainWindow ?? undefined;
  const dispatch = createIpcDispatcher(
    combineHandlers(
      createAppHandlers({
        version: app.getVersion(),
        platform: process.platform,
        userDataPath: app.getPath('userData'),
        snapshotDir: store.dir,
      }),
      createSnapshotHandlers(store, () => scheduler.notifyWritten()),
      createFileHandlers(
        {
          showSaveDialog: (options) => {
            const win = parent();
            return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
          },
          showOpenDialog: (options) => {
            const win = parent();
            const full = { ...options, properties: ['openFile' as const] };
            return win ? dialog.showOpenDialog(win, full) : dialog.showOpenDialog(full);
          },
        },
        app.getPath('documents'),
      ),
      createFontHandlers(systemFontsDir),
    ),
  );

  const showAbout = () => {
    const detail = `版本 ${app.getVersion()}\n依据《国家卫生健康委关于推动临床专科能力建设的指导意见》（国卫医政发〔2023〕22号）`;
    const options = { type: 'info' as const, title: '关于', message: WINDOW_TITLE, detail, buttons: ['确定'] };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  };

  function createWindow(): BrowserWindow {
    const win = new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.cjs'), existsSync(iconPath) ? iconPath : undefined));
    win.once('ready-to-show', () => win.show());
    // The window keeps the product name whatever the page sets as document.title.
    win.on('page-title-updated', (event) => event.preventDefault());
    // Closing (by the window or by 退出, which closes windows first) waits for the renderer's final snapshot.
    win.on('close', createCloseGuard(() => scheduler.requestAndWait(FINAL_SNAPSHOT_TIMEOUT_MS), () => win.close()));
    win.on('closed', () => {
      scheduler.stop();
      mainWindow = null;
    });
    void win.loadURL(APP_URL);
    return win;
  }

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => focusWindow(mainWindow));
  // One window is the whole app, on macOS too: with it gone there is nothing left to snapshot.
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot, { systemFontsDir }));
    registerIpcHandlers(ipcMain, dispatch);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, developer: !app.isPackaged, onAbout: showAbout })),
    );
    mainWindow = createWindow();
    scheduler.start();
  });
}
