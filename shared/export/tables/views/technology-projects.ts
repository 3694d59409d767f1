import { MINIMALLY_INVASIVE_SUBTYPES, TECHNOLOGY_STAGES, TECHNOLOGY_TYPES } from '../../../domain/index.ts';
import { column, enumCol, textCol } from '../cells.ts';
import { bySpecialtyOrder } from '../context.ts';
import type { ViewBuilder } from '../registry-types.ts';

/** 技术项目 (四.10): 微创 with its subtype, new modes, frontier technology, translation. */
export const technologyProjectsView: ViewBuilder = {
  id: 'technologyProjects',
  title: '技术项目',
  columns: () => [
    textCol('specialty', '专科', 18),
    textCol('name', '技术项目', 24),
    enumCol('type', '技术类型', TECHNOLOGY_TYPES, 8),
    enumCol('subtype', '微创类别', MINIMALLY_INVASIVE_SUBTYPES, 8),
    enumCol('stage', '阶段', TECHNOLOGY_STAGES, 6),
    column('year', '计划年度', 'integer', 8),
    textCol('notes', '说明', 30),
  ],
  rows: (ctx) =>
    bySpecialtyOrder(ctx, ctx.specialty.technologyProjects).map((t) => ({
      specialty: ctx.specialtyName(t.specialtyId),
      name: t.name,
      type: t.type,
      subtype: t.subtype ?? '',
      stage: t.stage,
      year: t.year ?? '未定',
      notes: t.notes,
    })),
};
