import { DisciplineSchema, emptyFactors, type Discipline, type DisciplineCategory } from '#shared/domain/index.ts';
import { toSimplified, type ColumnMapping, type ImportField } from './fields.ts';
import { countRows, type ImportReport } from './report.ts';
import { damagedTextChecker, issueAt, type CellIssue, type SourceRow } from './rows.ts';

type DisciplineFieldKey = 'name' | 'category' | 'head' | 'bedCount' | 'staffCount' | 'rationale' | 'previousPlanRef';

export const DISCIPLINE_FIELDS: readonly ImportField<DisciplineFieldKey>[] = [
  { key: 'name', label: '学科名称', synonyms: ['学科名称', '科室名称', '名称', '学科', '科室', '专科名称'], required: true },
  { key: 'category', label: '学科类别', synonyms: ['学科类别', '类别', '分类', '学科分类', '类型'], required: false },
  { key: 'head', label: '学科带头人', synonyms: ['学科带头人', '负责人', '带头人', '科主任', '科室主任'], required: false },
  { key: 'bedCount', label: '床位数', synonyms: ['床位数', '编制床位', '床位', '开放床位', '实际开放床位'], required: false },
  { key: 'staffCount', label: '人员数', synonyms: ['人员数', '人员', '在岗人数', '人数', '职工数', '在岗职工'], required: false },
  { key: 'rationale', label: '分类理由', synonyms: ['分类理由', '分类依据', '理由'], required: false },
  { key: 'previousPlanRef', label: '前期规划依据', synonyms: ['前期规划依据', '规划依据', '前期规划'], required: false },
];

/** What the sheet may write for a category: the label, its short form, or the code. */
const CATEGORY_BY_TEXT = new Map<string, DisciplineCategory>([
  ['基础学科', 'BASIC'], ['基础', 'BASIC'], ['平台学科', 'PLATFORM'], ['平台', 'PLATFORM'],
  ['优势学科', 'ADVANTAGE'], ['优势', 'ADVANTAGE'], ['重点扶持学科', 'KEY_SUPPORT'], ['重点扶持', 'KEY_SUPPORT'],
  ['扶持', 'KEY_SUPPORT'], ['未分类', 'UNCLASSIFIED'], ['', 'UNCLASSIFIED'],
  ['BASIC', 'BASIC'], ['PLATFORM', 'PLATFORM'], ['ADVANTAGE', 'ADVANTAGE'], ['KEY_SUPPORT', 'KEY_SUPPORT'],
]);

/** A whole number typed or stored as text: "45", "４５", "1,200", "45.0". Blank is 0 (not yet counted). */
function parseCount(text: string): number | string {
  if (/^\d{1,9}$/.test(text)) return Number(text);
  const normal = text.normalize('NFKC').replace(/[,\s]/g, '');
  if (normal === '') return 0;
  if (!/^[-+]?\d+(\.\d+)?$/.test(normal)) return text;
  return Number(normal);
}

export interface DisciplineImportContext {
  hospitalId: string;
  /** The hospital's disciplines: a row with the same name updates that record instead of adding one. */
  existing: readonly Discipline[];
}

/** A draft for saveRecords: id set when it updates an existing discipline. */
export type DisciplineDraft = Omit<Discipline, 'id' | 'updatedAt' | 'version'> & { id?: string };

/** An existing discipline without the fields saveRecords owns; its factors and parent are kept. */
function editable(d: Discipline): DisciplineDraft {
  return {
    id: d.id, hospitalId: d.hospitalId, name: d.name, parentId: d.parentId, head: d.head, staffCount: d.staffCount,
    bedCount: d.bedCount, category: d.category, factors: d.factors, rationale: d.rationale, previousPlanRef: d.previousPlanRef,
  };
}

function blankDiscipline(hospitalId: string): DisciplineDraft {
  return { hospitalId, name: '', parentId: null, head: '', staffCount: 0, bedCount: 0, category: 'UNCLASSIFIED', factors: emptyFactors(), rationale: '', previousPlanRef: '' };
}

/**
 * The fields an import writes, with DisciplineSchema's own rules and messages. Factors, parent and record
 * meta are not in the sheet; saveRecords parses the whole record again when it is written.
 */
const RowSchema = DisciplineSchema.pick({ hospitalId: true, name: true, head: true, staffCount: true, bedCount: true, category: true, rationale: true, previousPlanRef: true });

/** Category cells repeat a handful of texts over thousands of rows: each is folded once. */
function categoryReader(): (text: string) => DisciplineCategory | undefined {
  const cache = new Map<string, DisciplineCategory | undefined>();
  return (text) => {
    if (!cache.has(text)) cache.set(text, CATEGORY_BY_TEXT.get(toSimplified(text.normalize('NFKC').replace(/\s/g, ''))));
    return cache.get(text);
  };
}
const fieldOf = (key: unknown) => DISCIPLINE_FIELDS.find((f) => f.key === key);

/**
 * Validates every row with DisciplineSchema (the same rules as the form) and turns the good ones into drafts.
 * Names repeated in the file are errors at the later row; a name already in the hospital updates it.
 */
export function buildDisciplineImport(rows: readonly SourceRow[], mapping: ColumnMapping, ctx: DisciplineImportContext): Omit<ImportReport<DisciplineDraft>, 'skipped' | 'mappingErrors'> {
  const byName = new Map(ctx.existing.map((d) => [d.name.trim(), d]));
  const seen = new Map<string, number>();
  const good: ImportReport<DisciplineDraft>['good'] = [];
  const errors: CellIssue[] = [];
  const warnings: CellIssue[] = [];
  const readCategory = categoryReader();
  const damaged = damagedTextChecker(DISCIPLINE_FIELDS, mapping);
  for (const row of rows) {
    const v = row.values;
    const rowErrors: CellIssue[] = [];
    const fail = (key: DisciplineFieldKey, message: string) => rowErrors.push(issueAt(row, fieldOf(key)!, mapping, message));
    const category = readCategory(v.category ?? '');
    if (category === undefined) fail('category', '无法识别的学科类别，应为 基础学科、平台学科、优势学科、重点扶持学科 或留空（未分类）');
    const bedCount = parseCount(v.bedCount ?? '');
    const staffCount = parseCount(v.staffCount ?? '');
    if (typeof bedCount === 'string') fail('bedCount', '床位数应为数字');
    if (typeof staffCount === 'string') fail('staffCount', '人员数应为数字');
    const name = (v.name ?? '').trim();
    const before = byName.get(name);
    const draft: DisciplineDraft = {
      ...(before ? editable(before) : blankDiscipline(ctx.hospitalId)),
      name,
      ...(v.head !== undefined ? { head: v.head } : {}),
      ...(v.bedCount !== undefined && typeof bedCount === 'number' ? { bedCount } : {}),
      ...(v.staffCount !== undefined && typeof staffCount === 'number' ? { staffCount } : {}),
      ...(v.category !== undefined && category ? { category } : {}),
      ...(v.rationale !== undefined ? { rationale: v.rationale } : {}),
      ...(v.previousPlanRef !== undefined ? { previousPlanRef: v.previousPlanRef } : {}),
    };
    const parsed = RowSchema.safeParse(draft);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOf(issue.path[0]);
        // Type errors of a count already reported as "应为数字" above are not repeated.
        if (field && !rowErrors.some((e) => e.field === field.label)) fail(field.key, issue.message);
      }
    }
    const firstRow = name ? seen.get(name) : undefined;
    if (firstRow !== undefined) fail('name', `与第 ${firstRow} 行的学科名称重复`);
    else if (name) seen.set(name, row.row);
    warnings.push(...damaged(row));
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else good.push({ row: row.row, value: draft });
  }
  return { total: rows.length, good, errors, errorRows: countRows(errors), warnings };
}
