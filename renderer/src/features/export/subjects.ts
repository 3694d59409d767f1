import { CONTRACT_STATUS_LABELS, type AllTables, type DirectorContract } from '#shared/domain/index.ts';
import { compareText } from '#renderer/i18n/collate.ts';

export interface SubjectOption {
  value: string;
  label: string;
  /** The name that goes into the file name. */
  fileLabel: string;
}

/** The hospital's specialties, by name, for "one task sheet". */
export function specialtyOptions(tables: AllTables | undefined, hospitalId: string): SubjectOption[] {
  return (tables?.specialties ?? [])
    .filter((s) => s.hospitalId === hospitalId)
    .sort((a, b) => compareText(a.name, b.name))
    .map((s) => ({ value: s.id, label: s.name, fileLabel: s.name }));
}

/** The newest version of each of the hospital's contracts: an amendment replaces the version before it. */
export function contractOptions(tables: AllTables | undefined, hospitalId: string): SubjectOption[] {
  const newest = new Map<string, DirectorContract>();
  for (const c of tables?.contracts ?? []) {
    if (c.hospitalId !== hospitalId) continue;
    const seen = newest.get(c.rootId);
    if (!seen || c.versionNo > seen.versionNo) newest.set(c.rootId, c);
  }
  return [...newest.values()]
    .sort((a, b) => compareText(a.title, b.title))
    .map((c) => ({
      value: c.id,
      label: `${c.title}（${c.director.name}，${c.versionNo > 1 ? `第 ${c.versionNo} 版，` : ''}${CONTRACT_STATUS_LABELS[c.status]}）`,
      fileLabel: c.title,
    }));
}
