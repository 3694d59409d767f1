import type { ThemeConfig } from 'antd';

/** Calm, professional look for planning offices: one teal accent, system Chinese fonts only (nothing fetched). */
export const FONT_STACK = '"PingFang SC", "Microsoft YaHei", "Noto Sans SC", "Noto Sans CJK SC", sans-serif';

const TINTS = { Bg: '#e7f1f1', BgHover: '#cfe2e2', Border: '#a9cccc', BorderHover: '#87b7b7' };

function lightShades<K extends 'Primary' | 'Info'>(kind: K) {
  return Object.fromEntries(Object.entries(TINTS).map(([shade, value]) => [`color${kind}${shade}`, value])) as Record<`color${K}${keyof typeof TINTS}`, string>;
}

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
    // antd derives its light shades from the accent, and for a teal this dark they come out grey (#a3adac):
    // selected options, info alerts and active rows would look disabled. Tints of the accent instead.
    ...lightShades('Primary'),
    ...lightShades('Info'),
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
