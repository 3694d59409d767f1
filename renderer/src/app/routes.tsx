import { Navigate, createHashRouter } from 'react-router';
import { DisciplinesPage } from '#renderer/features/disciplines/DisciplinesPage.tsx';
import { HospitalPage } from '#renderer/features/hospital/HospitalPage.tsx';
import { SettingsPage } from '#renderer/features/settings/SettingsPage.tsx';
import { AppShell } from './AppShell.tsx';
import { ComingSoonPage } from './ComingSoonPage.tsx';
import { NAV_ITEMS } from './navigation.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

/**
 * Every route of the app. Hash routing because the same build is served from app://planner/ (Electron) and
 * from 127.0.0.1 (browser), where only the hash survives a reload without server rewrites.
 */
export function createRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppShell />,
      children: [
        { index: true, element: <Navigate to="/hospital" replace /> },
        { path: 'hospital', element: <HospitalPage /> },
        { path: 'disciplines', element: <DisciplinesPage /> },
        { path: 'settings', element: <SettingsPage /> },
        ...NAV_ITEMS.filter((item) => item.comingSoon).map((item) => ({
          path: item.path.slice(1),
          element: <ComingSoonPage item={item} />,
        })),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
