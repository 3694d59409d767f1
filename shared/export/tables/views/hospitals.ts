import { HOSPITAL_LEVELS, HOSPITAL_TYPE_LABELS } from '../../../domain/index.ts';
import { column, enumCol, labelsOf, textCol } from '../cells.ts';
import type { ViewBuilder } from '../registry-types.ts';

/** 医院概况: the hospital of the scope, with its 医联体/专科联盟 memberships (measure 13). */
export const hospitalsView: ViewBuilder = {
  id: 'hospitals',
  title: '医院概况',
  columns: () => [
    textCol('name', '医院名称', 20),
    textCol('code', '机构代码', 14),
    enumCol('level', '医院等级', HOSPITAL_LEVELS, 8),
    enumCol('type', '医院类型', labelsOf(HOSPITAL_TYPE_LABELS), 8),
    textCol('province', '省份', 6),
    textCol('city', '城市', 8),
    column('beds', '编制床位数', 'integer', 8),
    textCol('memberships', '医联体与专科联盟', 40),
  ],
  rows: (ctx) =>
    ctx.hospitals.map((h) => ({
      name: h.name,
      code: h.code,
      level: h.level,
      type: HOSPITAL_TYPE_LABELS[h.type],
      province: h.province,
      city: h.city,
      beds: h.beds,
      memberships: h.memberships.map((m) => `${m.name}（${m.kind}，${m.role}）`).join('；'),
    })),
};
