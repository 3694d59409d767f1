import { Navigate, createHashRouter } from 'react-router';
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
        { index: true, element: <Navigate to="/home" replace /> },
        // Pages load on first visit, so opening one page does not parse the code of all the others.
        {
          path: 'home',
          lazy: async () => ({ Component: (await import('#renderer/features/dashboard/DashboardPage.tsx')).DashboardPage }),
        },
        {
          path: 'hospital',
          lazy: async () => ({ Component: (await import('#renderer/features/hospital/HospitalPage.tsx')).HospitalPage }),
        },
        {
          path: 'disciplines',
          lazy: async () => ({
            Component: (await import('#renderer/features/disciplines/DisciplinesPage.tsx')).DisciplinesPage,
          }),
        },
        {
          path: 'specialties',
          lazy: async () => ({
            Component: (await import('#renderer/features/specialties/SpecialtiesPage.tsx')).SpecialtiesPage,
          }),
        },
        {
          path: 'specialties/:specialtyId',
          lazy: async () => ({
            Component: (await import('#renderer/features/specialties/SpecialtyDetailPage.tsx')).SpecialtyDetailPage,
          }),
        },
        {
          path: 'plan',
          lazy: async () => ({ Component: (await import('#renderer/features/plan/PlanPage.tsx')).PlanPage }),
        },
        {
          path: 'roadmap',
          lazy: async () => ({ Component: (await import('#renderer/features/roadmap/RoadmapPage.tsx')).RoadmapPage }),
        },
        {
          path: 'qc',
          lazy: async () => ({ Component: (await import('#renderer/features/qc/QcPage.tsx')).QcPage }),
        },
        {
          path: 'contracts',
          lazy: async () => ({ Component: (await import('#renderer/features/contracts/ContractsPage.tsx')).ContractsPage }),
        },
        {
          path: 'contracts/:rootId',
          lazy: async () => ({
            Component: (await import('#renderer/features/contracts/ContractDetailPage.tsx')).ContractDetailPage,
          }),
        },
        // 提交前检查 lives in the 导出与提交 area: /export is the menu's address, /readiness the one links use.
        ...['export', 'readiness'].map((path) => ({
          path,
          lazy: async () => ({ Component: (await import('#renderer/features/readiness/ReadinessPage.tsx')).ReadinessPage }),
        })),
        // 政策依据 is opened from the header and from every 依据 link, not from the menu.
        ...['policy', 'policy/:ref'].map((path) => ({
          path,
          lazy: async () => ({ Component: (await import('#renderer/features/policy/PolicyPage.tsx')).PolicyPage }),
        })),
        {
          path: 'settings',
          lazy: async () => ({ Component: (await import('#renderer/features/settings/SettingsPage.tsx')).SettingsPage }),
        },
        ...NAV_ITEMS.filter((item) => item.comingSoon).map((item) => ({
          path: item.path.slice(1),
          element: <ComingSoonPage item={item} />,
        })),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
