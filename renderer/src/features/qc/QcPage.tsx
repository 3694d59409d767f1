import { PageHeader } from '#renderer/ui/PageHeader.tsx';

/** Placeholder while the page is being built. */
export function QcPage() {
  return <PageHeader title="质控指标" />;
}
