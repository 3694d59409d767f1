import { PageHeader } from '#renderer/ui/PageHeader.tsx';

/** Placeholder while the page is being built. */
export function RoadmapPage() {
  return <PageHeader title="路线图" />;
}
