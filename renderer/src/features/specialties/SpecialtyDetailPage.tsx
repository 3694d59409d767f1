import { PageHeader } from '#renderer/ui/PageHeader.tsx';

/** Placeholder while the page is being built. */
export function SpecialtyDetailPage() {
  return <PageHeader title="专科详情" />;
}
