import { textCol } from '../cells.ts';
import { bySpecialtyOrder } from '../context.ts';
import type { ViewBuilder } from '../registry-types.ts';

/** 核心病种 (四.4): ICD-10 code and the hospital's name for it. */
export const coreDiseasesView: ViewBuilder = {
  id: 'coreDiseases',
  title: '核心病种',
  columns: () => [textCol('specialty', '专科', 18), textCol('icd10Code', 'ICD-10 编码', 10), textCol('name', '病种名称', 24)],
  rows: (ctx) =>
    bySpecialtyOrder(ctx, ctx.specialty.coreDiseases).map((d) => ({
      specialty: ctx.specialtyName(d.specialtyId),
      icd10Code: d.icd10Code,
      name: d.name,
    })),
};
