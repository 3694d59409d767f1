import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '#electron/menu.ts';
import { isAllowedRequestUrl } from '#electron/security.ts';
import { WINDOW_TITLE, focusWindow, isAppUrl, mainWindowOptions } from '#electron/window.ts';

describe('main window', () => {
  it('is isolated, sandboxed, without Node, with web security and the Chinese title', () => {
    const options = mainWindowOptions('/app/dist/electron/preload.cjs');
    expect(options.title).toBe('临床专科建设规划');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it.each([
    ['app://planner/', true],
    ['app://planner/index.html#/disciplines', true],
    ['app://other/', false],
    ['https://planner/', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('navigation to %s allowed: %s', (url, allowed) => {
    expect(isAppUrl(url)).toBe(allowed);
  });

  it('brings a minimised window back on a second launch', () => {
    const calls: string[] = [];
    focusWindow({
      isMinimized: () => true,
      restore: () => void calls.push('restore'),
      isVisible: () => false,
      show: () => void calls.push('show'),
      focus: () => void calls.push('focus'),
    });
    expect(calls).toEqual(['restore', 'show', 'focus']);
    expect(() => focusWindow(null)).not.toThrow();
  });
});

describe('session requests', () => {
  it.each([
    ['app://planner/assets/index.js', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://planner/1234', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['https://fonts.googleapis.com/css', false],
    ['http://127.0.0.1:4173/', false],
    ['wss://example.org/socket', false],
    ['file:///etc/passwd', false],
  ])('%s allowed: %s', (url, allowed) => {
    expect(isAllowedRequestUrl(url)).toBe(allowed);
  });
});

describe('application menu', () => {
  const labels = (items: MenuItemConstructorOptions[]): string[] =>
    items.flatMap((item) => [item.label ?? '', ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]).filter(Boolean);

  it('is Chinese, offers editing, and hides developer tools in the packaged app', () => {
    const packaged = labels(buildMenuTemplate({ platform: 'win32', developer: false, onAbout: () => {} }));
    expect(packaged).toEqual(expect.arrayContaining(['文件', '退出', '编辑', '复制', '粘贴', '视图', '窗口', '帮助', `关于${WINDOW_TITLE}`]));
    expect(packaged).not.toContain('开发者工具');
    expect(packaged.every((label) => /[\u4e00-\u9fff]/.test(label))).toBe(true);
    const dev = labels(buildMenuTemplate({ platform: 'linux', developer: true, onAbout: () => {} }));
    expect(dev).toContain('开发者工具');
  });

  it('puts 关于 in the app menu on macOS and calls back when chosen', () => {
    let about = 0;
    const [appMenu] = buildMenuTemplate({ platform: 'darwin', developer: false, onAbout: () => about++ });
    expect(appMenu?.label).toBe(WINDOW_TITLE);
    const item = (appMenu?.submenu as MenuItemConstructorOptions[])[0];
    expect(item?.label).toBe(`关于${WINDOW_TITLE}`);
    (item?.click as () => void)();
    expect(about).toBe(1);
  });
});
