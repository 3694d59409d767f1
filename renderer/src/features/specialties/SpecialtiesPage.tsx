import { PageHeader } from '#renderer/ui/PageHeader.tsx';

/** Placeholder while the page is being built. */
export function SpecialtiesPage() {
  return <PageHeader title="临床专科" />;
}
