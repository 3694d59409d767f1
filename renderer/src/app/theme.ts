import type { ThemeConfig } from 'antd';

/** Calm, professional look for planning offices: one teal accent, system Chinese fonts only (nothing fetched). */
export const FONT_STACK = '"PingFang SC", "Microsoft YaHei", "Noto Sans SC", "Noto Sans CJK SC", sans-serif';

export const theme: ThemeConfig = {
  // Styles come from antd/dist/antd.css (imported in main.tsx); our tokens still reach it as CSS variables.
  zeroRuntime: true,
  token: {
    colorPrimary: '#0f6e6e',
    colorInfo: '#0f6e6e',
    colorLink: '#0f6e6e',
    fontFamily: FONT_STACK,
    borderRadius: 6,
    colorBgLayout: '#f3f5f5',
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#0b3d3d', headerHeight: 56, headerPadding: '0 24px' },
    Menu: {
      darkItemBg: '#0b3d3d',
      darkSubMenuItemBg: '#0b3d3d',
      darkItemSelectedBg: '#0f6e6e',
      darkItemColor: 'rgba(255,255,255,0.78)',
    },
    Table: { headerBg: '#f5f8f8', rowSelectedBg: '#e6f2f2', rowSelectedHoverBg: '#d9ecec' },
  },
};
