import { useMemo, useState } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import { RouterProvider } from 'react-router';
import { antdLocale } from '#renderer/i18n/index.ts';
import { createRouter } from './routes.tsx';
import { theme } from './theme.ts';
import { useReducedMotion } from './useReducedMotion.ts';

/**
 * antd's <App> gives pages context-aware modal/message (App.useApp) so dialogs follow the theme and zh_CN
 * locale; button spaces are off so "确定" stays "确定" (antd would render "确 定") for users and tests alike.
 */
export function App() {
  const [router] = useState(createRouter);
  const reducedMotion = useReducedMotion();
  const themed = useMemo(() => (reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme), [reducedMotion]);
  return (
    <ConfigProvider locale={antdLocale} theme={themed} button={{ autoInsertSpace: false }}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}
