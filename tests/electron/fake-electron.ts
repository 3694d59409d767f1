import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, CustomScheme, MenuItemConstructorOptions } from 'electron';

// A stand-in for the 'electron' module, the one thing these tests replace: the machines that run them have
// no Electron runtime. It records what main.ts asks of Electron so the wiring can be checked.

export interface Preventable {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function preventable(extra: object = {}): Preventable {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type IpcListener = (event: { senderFrame: { url: string } | null }, args: unknown) => Promise<unknown>;
type WindowOpenHandler = (details: { url: string }) => { action: string };
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type BeforeRequestHandler = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

export class FakeWebContents extends EventEmitter {
  readonly sent: string[] = [];
  windowOpenHandler: WindowOpenHandler | undefined;
  setWindowOpenHandler(handler: WindowOpenHandler) {
    this.windowOpenHandler = handler;
  }
  send(channel: string) {
    this.sent.push(channel);
  }
}

/** What a test can see of a window main.ts created. */
export interface FakeWindow extends EventEmitter {
  readonly options: BrowserWindowConstructorOptions;
  readonly webContents: FakeWebContents;
  url: string;
  closed: boolean;
  focused: number;
  close(): void;
}

export function createFakeElectron(documents: string) {
  const log: string[] = [];
  const paths = new Map<string, string>([['documents', documents]]);
  const ipcListeners = new Map<string, IpcListener>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const privileged: CustomScheme[] = [];
  const windows: FakeWindow[] = [];
  const sessionHooks: { permissionRequest?: PermissionRequestHandler; permissionCheck?: () => boolean; beforeRequest?: BeforeRequestHandler } = {};
  const state = { quitCalls: 0, menu: [] as MenuItemConstructorOptions[] };

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    enableSandbox: () => void log.push('enableSandbox'),
    setPath: (name: string, value: string) => void paths.set(name, value),
    getPath: (name: string) => {
      const value = paths.get(name);
      if (!value) throw new Error(`fake electron: no path for ${name}`);
      return value;
    },
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: () => (log.push('requestSingleInstanceLock'), true),
    whenReady: () => (log.push('whenReady'), Promise.resolve()),
    quit: () => void state.quitCalls++,
  });

  class FakeBrowserWindow extends EventEmitter implements FakeWindow {
    readonly webContents = new FakeWebContents();
    url = '';
    closed = false;
    focused = 0;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      log.push('BrowserWindow');
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.url = url;
      this.emit('ready-to-show');
      return Promise.resolve();
    }
    show() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isVisible() {
      return true;
    }
    focus() {
      this.focused++;
    }
    /** Like Electron: 'close' may be prevented; otherwise 'closed', and 'window-all-closed' after the last one. */
    close() {
      if (this.closed) return;
      const event = preventable();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.closed = true;
      this.emit('closed');
      if (windows.every((w) => w.closed)) app.emit('window-all-closed');
    }
  }

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow as new (options: BrowserWindowConstructorOptions) => FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: CustomScheme[]) => {
        log.push('registerSchemesAsPrivileged');
        privileged.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        log.push(`protocol.handle:${scheme}`);
        protocolHandlers.set(scheme, handler);
      },
    },
    ipcMain: { handle: (channel: string, listener: IpcListener) => void ipcListeners.set(channel, listener) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: PermissionRequestHandler) => void (sessionHooks.permissionRequest = handler),
        setPermissionCheckHandler: (handler: () => boolean) => void (sessionHooks.permissionCheck = handler),
        webRequest: { onBeforeRequest: (handler: BeforeRequestHandler) => void (sessionHooks.beforeRequest = handler) },
      },
    },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: MenuItemConstructorOptions[]) => void (state.menu = menu),
    },
    dialog: {
      showSaveDialog: () => Promise.reject(new Error('fake electron: no dialogs in this test')),
      showOpenDialog: () => Promise.reject(new Error('fake electron: no dialogs in this test')),
      showMessageBox: () => Promise.resolve({ response: 0 }),
    },
  };

  return { electron, log, ipcListeners, protocolHandlers, privileged, windows, sessionHooks, state };
}
