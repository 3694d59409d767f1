import { RECRUITMENT_MODES, TALENT_ECHELON_LABELS, isFlexibleRecruitment } from '../../../domain/index.ts';
import { YES_NO, enumCol, labelsOf, textCol, yesNo } from '../cells.ts';
import { bySpecialtyOrder } from '../context.ts';
import type { ViewBuilder } from '../registry-types.ts';

/** 人才梯队 (四.9): echelon, how the person came (柔性引进 marked), home discipline (学科专科双聘). */
export const talentEntriesView: ViewBuilder = {
  id: 'talentEntries',
  title: '人才梯队',
  columns: () => [
    textCol('specialty', '专科', 18),
    textCol('personName', '姓名', 6),
    textCol('title', '职称', 10),
    enumCol('echelon', '人才梯队', labelsOf(TALENT_ECHELON_LABELS), 8),
    enumCol('recruitment', '引进方式', RECRUITMENT_MODES, 8),
    enumCol('flexible', '柔性引进', YES_NO, 6),
    textCol('homeDiscipline', '所属学科', 12),
    textCol('trainingPlan', '培养计划', 36),
  ],
  rows: (ctx) =>
    bySpecialtyOrder(ctx, ctx.specialty.talentEntries).map((t) => ({
      specialty: ctx.specialtyName(t.specialtyId),
      personName: t.personName,
      title: t.title,
      echelon: TALENT_ECHELON_LABELS[t.echelon],
      recruitment: t.recruitment,
      flexible: yesNo(isFlexibleRecruitment(t.recruitment)),
      homeDiscipline: t.homeDisciplineId === null ? '院外' : (ctx.disciplineNames.get(t.homeDisciplineId) ?? '（已删除的学科）'),
      trainingPlan: t.trainingPlan,
    })),
};
