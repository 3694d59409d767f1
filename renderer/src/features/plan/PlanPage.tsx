import { PageHeader } from '#renderer/ui/PageHeader.tsx';

/** Placeholder while the page is being built. */
export function PlanPage() {
  return <PageHeader title="规划文本" />;
}
