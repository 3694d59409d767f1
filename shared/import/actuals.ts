import {
  ActualSchema,
  KPI_BY_ID,
  actualProblems,
  parseMeasuredValue,
  type Actual,
  type ContractTarget,
  type DirectorContract,
} from '#shared/domain/index.ts';
import type { ColumnMapping, ImportField } from './fields.ts';
import { normalizeLabel } from './fields.ts';
import { parseYear } from './cells.ts';
import { countRows, type ImportReport } from './report.ts';
import { damagedTextChecker, issueAt, type CellIssue, type SourceRow } from './rows.ts';

type ActualFieldKey = 'kpi' | 'year' | 'value' | 'drgVersion' | 'note';

export const ACTUAL_FIELDS: readonly ImportField<ActualFieldKey>[] = [
  { key: 'kpi', label: '指标名称', synonyms: ['指标名称', '考核指标', '指标', 'kpi'], required: true },
  { key: 'year', label: '年份', synonyms: ['年份', '年度', '考核年度', '年'], required: true },
  { key: 'value', label: '实际值', synonyms: ['实际值', '完成值', '实际完成', '实际', '数值', '完成情况'], required: true },
  { key: 'drgVersion', label: 'DRG 版本', synonyms: ['drg版本', 'drg 版本', '分组版本', '参考集'], required: false },
  { key: 'note', label: '备注', synonyms: ['备注', '说明'], required: false },
];

export interface ActualImportContext {
  contract: Pick<DirectorContract, 'rootId' | 'term'>;
  /** Targets of the version in force: rows are matched to them by KPI name. */
  targets: readonly ContractTarget[];
  /** Actuals already entered: a row for the same target and year replaces that record. */
  existing: readonly Actual[];
  enteredBy: string;
  enteredAt: string;
  /** Used for DRG KPIs when the sheet has no DRG 版本 column or leaves it blank. */
  defaultDrgVersion: string | null;
}

export type ActualDraft = Omit<Actual, 'id' | 'updatedAt' | 'version'> & { id?: string };

const fieldOf = (key: unknown) => ACTUAL_FIELDS.find((f) => f.key === key);
const PLACEHOLDER_META = { id: 'import-row', updatedAt: '2000-01-01T00:00:00.000Z', version: 1 };

/**
 * Actuals for one contract, matched to its targets by KPI name (as the contract words it, or the catalogue's
 * 国考 name) and year; validated by ActualSchema and the contract's own rules (within the term, DRG version).
 */
export function buildActualImport(rows: readonly SourceRow[], mapping: ColumnMapping, ctx: ActualImportContext): Omit<ImportReport<ActualDraft>, 'skipped' | 'mappingErrors'> {
  const byName = new Map<string, ContractTarget>();
  for (const t of ctx.targets) {
    byName.set(normalizeLabel(t.name), t);
    const national = t.kpiId ? KPI_BY_ID.get(t.kpiId)?.nationalName : null;
    if (national) byName.set(normalizeLabel(national), t);
  }
  const existing = new Map(ctx.existing.map((a) => [`${a.targetKey}|${a.year}`, a]));
  const seen = new Map<string, number>();
  const good: ImportReport<ActualDraft>['good'] = [];
  const errors: CellIssue[] = [];
  const warnings: CellIssue[] = [];
  const damaged = damagedTextChecker(ACTUAL_FIELDS, mapping);
  for (const row of rows) {
    const v = row.values;
    const rowErrors: CellIssue[] = [];
    const fail = (key: ActualFieldKey, message: string) => rowErrors.push(issueAt(row, fieldOf(key)!, mapping, message));
    const target = byName.get(normalizeLabel(v.kpi ?? ''));
    if (!target) fail('kpi', v.kpi ? '本责任书中没有这个考核指标' : '请填写指标名称');
    else if (target.rule.kind === 'QUALITATIVE') fail('kpi', '定性指标由考核人在考核面板中评分，不能导入实际值');
    const year = parseYear(v.year ?? '');
    if (year === null) fail('year', '年份应为四位数字，如 2024');
    const value = parseMeasuredValue(v.value ?? '');
    if (!value.ok) fail('value', value.message);
    if (target && year !== null && value.ok) {
      const key = `${target.key}|${year}`;
      const before = existing.get(key);
      const drg = target.kpiId !== null && KPI_BY_ID.get(target.kpiId)?.drg === true;
      const draft: ActualDraft = {
        ...(before ? { id: before.id } : {}),
        contractRootId: ctx.contract.rootId,
        targetKey: target.key,
        year,
        value: value.value,
        source: drg ? 'DRG_SYSTEM' : 'IMPORT',
        enteredBy: ctx.enteredBy,
        enteredAt: ctx.enteredAt,
        drgVersion: v.drgVersion || (drg ? ctx.defaultDrgVersion : null),
        note: v.note ?? '',
      };
      const parsed = ActualSchema.safeParse({ ...draft, ...PLACEHOLDER_META });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = fieldOf(issue.path[0] === 'enteredBy' ? 'kpi' : issue.path[0]);
          if (field) fail(field.key, issue.message);
        }
      } else {
        for (const p of actualProblems(parsed.data, target, ctx.contract)) fail(p.field === 'drgVersion' ? 'drgVersion' : 'year', p.message);
      }
      const firstRow = seen.get(key);
      if (firstRow !== undefined) fail('year', `与第 ${firstRow} 行是同一指标同一年份`);
      else seen.set(key, row.row);
      if (rowErrors.length === 0) good.push({ row: row.row, value: draft });
    }
    warnings.push(...damaged(row));
    errors.push(...rowErrors);
  }
  return { total: rows.length, good, errors, errorRows: countRows(errors), warnings };
}
