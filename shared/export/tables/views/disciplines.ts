import { CATEGORY_LABELS, FACTOR_KEYS, FACTOR_LABELS, type Discipline } from '../../../domain/index.ts';
import { column, enumCol, labelsOf, textCol } from '../cells.ts';
import type { ViewBuilder } from '../registry-types.ts';
import type { CellValue } from '../types.ts';

/** A factor not yet scored says so: a 0 would look like the weakest score (1 is 弱). */
const NOT_ASSESSED = '未评估';

/** Parents before their children, children by name, so 内科 heads its sub-disciplines as on 学科梳理. */
function treeOrder(disciplines: readonly Discipline[]): Discipline[] {
  const ids = new Set(disciplines.map((d) => d.id));
  const children = new Map<string | null, Discipline[]>();
  for (const d of disciplines) {
    const parent = d.parentId !== null && ids.has(d.parentId) ? d.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  const ordered: Discipline[] = [];
  const visit = (parent: string | null) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    for (const d of list) {
      ordered.push(d);
      visit(d.id);
    }
  };
  visit(null);
  return ordered;
}

/** 学科梳理 (measure 3): category and the four factor scores with the rationale. */
export const disciplinesView: ViewBuilder = {
  id: 'disciplines',
  title: '学科梳理',
  columns: () => [
    textCol('name', '学科名称', 14),
    textCol('parent', '上级学科', 10),
    textCol('head', '学科带头人', 8),
    column('staffCount', '人员数', 'integer', 6),
    column('bedCount', '床位数', 'integer', 6),
    enumCol('category', '学科类别', labelsOf(CATEGORY_LABELS), 10),
    ...FACTOR_KEYS.map((key) => column(key, `${FACTOR_LABELS[key]}评分`, 'integer', 8)),
    textCol('rationale', '分类理由', 36),
    textCol('previousPlanRef', '前期规划依据', 16),
  ],
  rows: (ctx) =>
    treeOrder(ctx.disciplines).map((d) => {
      const row: Record<string, CellValue> = {
        name: d.name,
        parent: d.parentId === null ? '' : (ctx.disciplineNames.get(d.parentId) ?? ''),
        head: d.head,
        staffCount: d.staffCount,
        bedCount: d.bedCount,
        category: CATEGORY_LABELS[d.category],
      };
      for (const key of FACTOR_KEYS) row[key] = d.factors[key].score ?? NOT_ASSESSED;
      row.rationale = d.rationale;
      row.previousPlanRef = d.previousPlanRef;
      return row;
    }),
};
