import { TABLE_LABELS, type AllTables, type TableName } from '#shared/domain/index.ts';
import type { Finding } from '#shared/checks/index.ts';

export interface FindingRecord {
  /** '临床专科「骨质疏松与代谢性骨病专科」', shown where the record has no page to open yet. */
  label: string;
  /** Where the record is edited, or null for tables whose pages are not built yet. */
  path: string | null;
}

interface Row {
  id: string;
  name?: unknown;
  title?: unknown;
  rootId?: unknown;
  specialtyId?: unknown;
}

/** The 专科详情 tab that edits each child table (its `?tab=` value). */
const SPECIALTY_TABS: Partial<Record<TableName, string>> = {
  coreDiseases: 'diseases', goals: 'goals', resourceNeeds: 'needs', technologyProjects: 'tech', talentEntries: 'talent',
  grassrootsActivities: 'grassroots', qcIndicators: 'qc', milestones: 'milestones',
};

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/**
 * Resolves a finding's target to a label and a page. Tables are indexed on first use: a province database has
 * thousands of rows and most findings share a table.
 */
export function recordDescriber(tables: AllTables | undefined): (finding: Finding) => FindingRecord {
  const cache = new Map<TableName, Map<string, Row>>();
  const row = (table: TableName, id: string): Row | undefined => {
    let rows = cache.get(table);
    if (!rows) {
      const list: Row[] = tables?.[table] ?? [];
      rows = new Map(list.map((r) => [r.id, r]));
      cache.set(table, rows);
    }
    return rows.get(id);
  };
  return (finding) => {
    const { table, id } = finding.target;
    const record = row(table, id);
    const name = text(record?.name) ?? text(record?.title);
    const label = name ? `${TABLE_LABELS[table]}「${name}」` : TABLE_LABELS[table];
    return { label, path: pathOf(finding, record) };
  };
}

function pathOf(finding: Finding, record: Row | undefined): string | null {
  const { table, id } = finding.target;
  if (table === 'disciplines') {
    // Name the hospital too: in the 全部医院 view the discipline may not belong to the current one.
    const hospital = finding.hospitalId ? `&hospital=${encodeURIComponent(finding.hospitalId)}` : '';
    return `/disciplines?open=${encodeURIComponent(id)}${hospital}`;
  }
  if (table === 'hospitals') return '/hospital';
  // A contract page shows the whole lineage of versions, addressed by the first version's id.
  const rootId = text(record?.rootId);
  if (table === 'contracts' && rootId) return `/contracts/${encodeURIComponent(rootId)}`;
  if (table === 'specialties') return `/specialties/${encodeURIComponent(id)}`;
  const specialtyId = text(record?.specialtyId);
  const tab = SPECIALTY_TABS[table];
  if (tab && specialtyId) return `/specialties/${encodeURIComponent(specialtyId)}?tab=${tab}`;
  return null;
}
