import type { MenuItemConstructorOptions } from 'electron';
import { WINDOW_TITLE } from './window.ts';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools and reload only in an unpackaged run: a reload could drop an unsaved form. */
  developer: boolean;
  onAbout: () => void;
}

/** A small Chinese menu: the standard editing roles (so copy/paste shortcuts work) and little else. */
export function buildMenuTemplate({ platform, developer, onAbout }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `关于${WINDOW_TITLE}`, click: onAbout };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: '退出' };
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: WINDOW_TITLE,
      submenu: [about, { type: 'separator' }, { role: 'hide', label: '隐藏' }, { role: 'hideOthers', label: '隐藏其他' }, { type: 'separator' }, quit],
    });
  }
  template.push(
    { label: '文件', submenu: mac ? [{ role: 'close', label: '关闭窗口' }] : [quit] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        ...(developer
          ? ([
              { role: 'reload', label: '重新加载' },
              { role: 'toggleDevTools', label: '开发者工具' },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    { label: '窗口', submenu: [{ role: 'minimize', label: '最小化' }, { role: 'close', label: '关闭' }] },
  );
  if (!mac) template.push({ label: '帮助', submenu: [about] });
  return template;
}
