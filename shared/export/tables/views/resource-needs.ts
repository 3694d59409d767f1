import { FUNDING_SOURCES, RESOURCE_ELEMENTS, resourceGap } from '../../../domain/index.ts';
import { column, enumCol, textCol } from '../cells.ts';
import { bySpecialtyOrder } from '../context.ts';
import type { ViewBuilder } from '../registry-types.ts';

/** 要素需求 (四.6): what the specialty has, needs, the derived gap, and the budget in 万元. */
export const resourceNeedsView: ViewBuilder = {
  id: 'resourceNeeds',
  title: '要素需求',
  columns: () => [
    textCol('specialty', '专科', 18),
    enumCol('element', '要素类型', RESOURCE_ELEMENTS, 8),
    textCol('item', '需求项目', 20),
    column('current', '现有数量', 'decimal', 8),
    column('required', '需求数量', 'decimal', 8),
    column('gap', '缺口', 'decimal', 6),
    textCol('unit', '单位', 6),
    column('budget', '预算（万元）', 'money', 10),
    enumCol('fundingSource', '经费来源', FUNDING_SOURCES, 8),
    column('year', '年度', 'integer', 6),
    textCol('notes', '说明', 24),
  ],
  rows: (ctx) =>
    bySpecialtyOrder(ctx, ctx.specialty.resourceNeeds).map((n) => ({
      specialty: ctx.specialtyName(n.specialtyId),
      element: n.element,
      item: n.item,
      current: n.current,
      required: n.required,
      gap: resourceGap(n),
      unit: n.unit,
      budget: n.budget,
      fundingSource: n.fundingSource,
      year: n.year,
      notes: n.notes,
    })),
};
