import { DISEASE_AREA_LABELS, SPECIALTY_TYPE_LABELS, hasQcOfficer } from '../../../domain/index.ts';
import { column, enumCol, joinNames, labelsOf, textCol } from '../cells.ts';
import type { ViewBuilder } from '../registry-types.ts';

/** 临床专科 (measure 6): one row per specialty with its 1+N discipline group. */
export const specialtiesView: ViewBuilder = {
  id: 'specialties',
  title: '临床专科',
  columns: () => [
    textCol('name', '专科名称', 18),
    enumCol('type', '专科类型', labelsOf(SPECIALTY_TYPE_LABELS), 8),
    enumCol('diseaseArea', '重大疾病领域', labelsOf(DISEASE_AREA_LABELS), 10),
    textCol('diseaseAreaLabel', '其他领域名称', 10),
    textCol('lead', '牵头学科', 12),
    textCol('participants', '参与学科', 30),
    column('participantCount', '参与学科数', 'integer', 6),
    textCol('headName', '专科负责人', 8),
    textCol('qcOfficer', '质控专员', 8),
  ],
  rows: (ctx) =>
    ctx.specialty.specialties.map((s) => ({
      name: s.name,
      type: SPECIALTY_TYPE_LABELS[s.type],
      diseaseArea: DISEASE_AREA_LABELS[s.diseaseArea],
      diseaseAreaLabel: s.diseaseArea === 'OTHER' ? s.diseaseAreaLabel : '',
      lead: ctx.disciplineNames.get(s.leadDisciplineId) ?? '（已删除的学科）',
      participants: joinNames(s.participantDisciplineIds, ctx.disciplineNames),
      participantCount: s.participantDisciplineIds.length,
      headName: s.headName,
      qcOfficer: hasQcOfficer(s) ? (s.qcOfficer ?? '').trim() : '未设置',
    })),
};
