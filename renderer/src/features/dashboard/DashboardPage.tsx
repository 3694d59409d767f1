import { PageHeader } from '#renderer/ui/PageHeader.tsx';

/** Placeholder while the page is being built. */
export function DashboardPage() {
  return <PageHeader title="总览" />;
}
