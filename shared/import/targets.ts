import {
  CONTRACT_STATUS_LABELS,
  ContractLockedError,
  ContractStateError,
  ContractTargetSchema,
  DIMENSION_LABELS,
  KPI_CATALOGUE,
  KPI_BY_ID,
  SCORING_RULE_LABELS,
  createTarget,
  isContractLocked,
  targetProblems,
  unitLabel,
  weightProblems,
  type AnnualTarget,
  type ContractTarget,
  type DirectorContract,
  type KpiCatalogueEntry,
} from '#shared/domain/index.ts';
import { parseYear } from './cells.ts';
import { normalizeLabel, type ColumnMapping, type ImportField } from './fields.ts';
import { countRows, type ImportReport } from './report.ts';
import { damagedTextChecker, issueAt, type CellIssue, type SourceRow } from './rows.ts';
import { DIMENSION_HINT, DIRECTION_HINT, readDimension, readDirection, readGoal, readOptionalNumber, readRule, readUnit } from './target-cells.ts';
import { TARGET_FIELDS, keyYear, yearField, yearKey, type TargetFieldKey } from './target-fields.ts';

export interface TargetImportContext {
  contract: Pick<DirectorContract, 'id' | 'term'>;
  at: string;
  /** Ids of the new targets (each is its own target line: key = id). */
  newId: () => string;
}

/** The catalogue by id, by name and by 国考 name, as normalizeLabel folds them. */
const KPI_BY_TEXT = new Map<string, KpiCatalogueEntry>();
for (const k of KPI_CATALOGUE) {
  KPI_BY_TEXT.set(normalizeLabel(k.name), k);
  if (k.nationalName) KPI_BY_TEXT.set(normalizeLabel(k.nationalName), k);
}
const findKpi = (text: string) => KPI_BY_ID.get(text.trim().toLowerCase()) ?? KPI_BY_TEXT.get(normalizeLabel(text));

/** A line's identity in one contract: the catalogue KPI, or a custom KPI's name (contractProblems' rule). */
export const targetIdentity = (t: Pick<ContractTarget, 'kpiId' | 'name'>) => t.kpiId ?? `custom:${t.name.trim()}`;

const fieldOf = (key: string): ImportField | undefined => {
  const year = keyYear(key);
  return year === null ? TARGET_FIELDS.find((f) => f.key === key) : yearField(year);
};

/** The field of a schema or rule path (baseline.year, annualTargets.2.value, rule.tiers): where to report it. */
function pathField(path: readonly PropertyKey[], goals: readonly AnnualTarget[], paramsGiven: boolean): string {
  const [head, next] = path;
  if (head === 'baseline') return next === 'year' ? 'baselineYear' : 'baselineValue';
  if (head === 'annualTargets') {
    const goal = typeof next === 'number' || /^\d+$/.test(String(next)) ? goals[Number(next)] : undefined;
    return goal ? yearKey(goal.year) : 'kpi';
  }
  if (head === 'rule') return paramsGiven ? 'ruleParams' : 'rule';
  if (head === 'kpiId' || head === 'name') return 'kpi';
  return typeof head === 'string' && fieldOf(head) ? head : 'kpi';
}

/**
 * Targets for one draft contract, validated by ContractTargetSchema and the contract's own rules
 * (targetProblems, a veto's or a scoring line's weight). A year left blank is a warning: the draft may be
 * filled in later, and submitting it for review checks every year again.
 */
export function buildTargetImport(rows: readonly SourceRow[], mapping: ColumnMapping, ctx: TargetImportContext): Omit<ImportReport<ContractTarget>, 'skipped' | 'mappingErrors'> {
  const good: ImportReport<ContractTarget>['good'] = [];
  const errors: CellIssue[] = [];
  const warnings: CellIssue[] = [];
  const seen = new Map<string, number>();
  const years = Object.keys(mapping).map(keyYear).filter((y): y is number => y !== null && mapping[yearKey(y)] !== null);
  const damaged = damagedTextChecker(TARGET_FIELDS.filter((f) => f.key !== 'weight'), mapping);
  for (const row of rows) {
    const v = row.values;
    const rowErrors: CellIssue[] = [];
    const issue = (key: string, message: string) => issueAt(row, fieldOf(key)!, mapping, message);
    const fail = (key: string, message: string) => rowErrors.push(issue(key, message));
    const text = (key: TargetFieldKey) => (v[key] ?? '').trim();

    const name = text('kpi');
    const entry = name ? findKpi(name) : undefined;
    if (!name) fail('kpi', '请填写指标名称');

    let dimension = entry?.dimension;
    if (text('dimension')) {
      const read = readDimension(text('dimension'));
      if (!read) fail('dimension', `无法识别的指标维度，应为 ${DIMENSION_HINT}`);
      else if (entry && read !== entry.dimension) warnings.push(issue('dimension', `指标库中「${entry.name}」属于「${DIMENSION_LABELS[entry.dimension]}」，已按指标库归类`));
      else dimension = read;
    } else if (!entry && name) fail('dimension', `自定义指标「${name}」须填写维度：${DIMENSION_HINT}`);

    const unit = entry ? entry.unit : readUnit(text('unit'));
    if (entry && text('unit') && readUnit(text('unit')) !== entry.unit) {
      fail('unit', `单位与指标库不一致（指标库为「${unitLabel(entry.unit)}」）；请按指标库的单位填写数值，或改用自定义指标名称`);
    }

    let direction = entry?.direction;
    if (text('direction')) {
      direction = readDirection(text('direction'));
      if (!direction) fail('direction', `无法识别的指标方向，应为 ${DIRECTION_HINT}`);
    } else if (!entry && name) fail('direction', `自定义指标「${name}」须填写方向：${DIRECTION_HINT}`);

    const baselineYear = text('baselineYear') ? parseYear(text('baselineYear')) : null;
    if (text('baselineYear') && baselineYear === null) fail('baselineYear', '基线年份应为四位数字，如 2026');
    const baselineValue = readOptionalNumber(text('baselineValue'), '基线值', unit);
    if (!baselineValue.ok) fail('baselineValue', baselineValue.message);

    const rule = readRule(text('rule'), text('ruleParams'), unit);
    if (!rule.ok) fail(rule.inParams ? 'ruleParams' : 'rule', rule.message);
    const ruleKind = rule.ok ? rule.rule.kind : null;

    const weight = readOptionalNumber(text('weight'), '权重');
    if (!weight.ok) fail('weight', weight.message);
    else if (weight.value === null && ruleKind !== 'VETO') fail('weight', '请填写权重（一票否决指标填 0）');

    const goals: AnnualTarget[] = [];
    const unscored = ruleKind === 'VETO' || ruleKind === 'QUALITATIVE';
    for (const year of years) {
      const cell = (v[yearKey(year)] ?? '').trim();
      if (cell === '') continue;
      if (unscored) {
        if (!/^[0０]$|^[-—/无]$/.test(cell)) warnings.push(issue(yearKey(year), `${SCORING_RULE_LABELS[ruleKind]}不按年度目标计分，该单元格未导入`));
        continue;
      }
      const goal = readGoal(year, cell, unit);
      if (typeof goal === 'string') fail(yearKey(year), goal);
      else goals.push(goal);
    }

    // The line is built even when a cell failed (with neutral stand-ins), so the schema and the contract's
    // rules report every other problem of the row at once; a field already reported is not reported again.
    if (name) {
      const target = createTarget({
        id: ctx.newId(), contractId: ctx.contract.id, order: good.length, at: ctx.at,
        kpi: entry ? entry.id : { name, dimension: dimension ?? 'SERVICE', unit, direction: direction ?? 'UP', definition: text('definition') },
        weight: (weight.ok ? weight.value : null) ?? 0,
        rule: rule.ok ? rule.rule : { kind: 'THRESHOLD' },
        baseline: { year: baselineYear, value: baselineValue.ok ? baselineValue.value : null },
        annualTargets: goals,
      });
      if (direction) target.direction = direction; // as the sheet gives it: targetProblems compares it with the catalogue
      const paramsGiven = text('ruleParams') !== '';
      const failed = () => new Set(rowErrors.map((e) => e.field));
      const report = (key: string, message: string) => !failed().has(fieldOf(key)!.label) && fail(key, message);
      const parsed = ContractTargetSchema.safeParse(target);
      if (!parsed.success) for (const i of parsed.error.issues) report(pathField(i.path, goals, paramsGiven), i.message);
      const missingYears: CellIssue[] = [];
      const lineProblems = [...targetProblems(target, ctx.contract), ...weightProblems([target]).filter((p) => p.code !== 'WEIGHT_SUM')];
      for (const p of lineProblems) {
        const key = pathField((p.field ?? '').split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), goals, paramsGiven);
        if (p.code === 'TARGET_YEAR_MISSING') missingYears.push(issue(key, `${p.message}，可导入后在指标表中补填`));
        else report(key, p.message);
      }
      const identity = targetIdentity(target);
      const firstRow = seen.get(identity);
      if (firstRow !== undefined) fail('kpi', `与第 ${firstRow} 行是同一指标`);
      else seen.set(identity, row.row);
      // A missing year is worth a warning on a line that imports; on a bad line it would only repeat its errors.
      if (rowErrors.length === 0 && parsed.success) {
        good.push({ row: row.row, value: parsed.data });
        warnings.push(...missingYears);
      }
    }
    warnings.push(...damaged(row));
    errors.push(...rowErrors);
  }
  return { total: rows.length, good, errors, errorRows: countRows(errors), warnings };
}

/** Only a draft takes imported targets: a signed text is what both sides signed, one under review is being read. */
export function targetImportRefusal(contract: Pick<DirectorContract, 'id' | 'status'>): Error | null {
  if (contract.status === 'DRAFT') return null;
  if (isContractLocked(contract)) return new ContractLockedError(contract);
  return new ContractStateError(`责任书${CONTRACT_STATUS_LABELS[contract.status]}，只有草稿可以导入指标；如需修改请先退回草稿`);
}

export type TargetImportMode = 'replace' | 'append';

/**
 * The draft's target table after an import. Append numbers the new lines after the existing ones. Replace
 * removes the existing lines, except that a line for the same KPI keeps its id and key, so an amendment
 * draft's line stays the line its actuals were entered against.
 */
export function placeImportedTargets(existing: readonly ContractTarget[], imported: readonly ContractTarget[], mode: TargetImportMode) {
  if (mode === 'append') {
    const next = existing.reduce((m, t) => Math.max(m, t.order + 1), 0);
    return { save: imported.map((t, i) => ({ ...t, order: next + i })), remove: [] as string[] };
  }
  const free = new Map<string, ContractTarget>();
  for (const t of existing) if (!free.has(targetIdentity(t))) free.set(targetIdentity(t), t);
  const save = imported.map((t, i) => {
    const same = free.get(targetIdentity(t));
    if (same) free.delete(targetIdentity(t));
    return { ...t, order: i, ...(same ? { id: same.id, key: same.key } : {}) };
  });
  const kept = new Set(save.map((t) => t.id));
  return { save, remove: existing.filter((t) => !kept.has(t.id)).map((t) => t.id) };
}
