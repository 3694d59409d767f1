import type { BrowserWindow, BrowserWindowConstructorOptions, Event, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './protocol.ts';

export const WINDOW_TITLE = '临床专科建设规划';

/** The secure defaults of architecture.md's checklist, kept in one place so a test can read them. */
export function mainWindowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    show: false, // shown on ready-to-show, so the user never sees an empty white frame
    backgroundColor: '#f5f7f7',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium's spellchecker downloads dictionaries from Google; the app makes no outside requests.
      spellcheck: false,
    },
  };
}

/**
 * Only the app's own pages; hash changes do not count as navigation, so routing still works. Compares
 * scheme and host, not `origin`: Node's URL (the main process) reports origin "null" for custom schemes.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

type HardenableContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/**
 * No new windows, no navigation away from the app, no <webview>. Applied to every WebContents the app creates
 * (main.ts hooks app 'web-contents-created').
 */
export function hardenWebContents(contents: HardenableContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayInApp = (event: Event, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

type FocusableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'isVisible' | 'show' | 'focus'>;

/** A second launch brings the running window forward instead of opening a second copy on the same data. */
export function focusWindow(window: FocusableWindow | null | undefined): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
