import { MILESTONE_STATUS_LABELS } from '../../../domain/index.ts';
import { column, enumCol, joinNames, labelsOf, textCol } from '../cells.ts';
import { bySpecialtyOrder } from '../context.ts';
import type { ViewBuilder } from '../registry-types.ts';

/** 路线图任务 (五.（一）): tasks in date order within each specialty, with their goal and predecessors. */
export const milestonesView: ViewBuilder = {
  id: 'milestones',
  title: '路线图任务',
  columns: () => [
    textCol('specialty', '专科', 18),
    textCol('title', '任务名称', 28),
    column('start', '开始日期', 'date', 10),
    column('end', '结束日期', 'date', 10),
    textCol('owner', '负责人', 8),
    enumCol('status', '状态', labelsOf(MILESTONE_STATUS_LABELS), 6),
    textCol('goal', '对应目标', 30),
    textCol('dependsOn', '前置任务', 24),
  ],
  rows: (ctx) => {
    const { milestones, goals } = ctx.specialty;
    const titles = new Map(milestones.map((m) => [m.id, m.title]));
    const goalText = new Map(goals.map((g) => [g.id, g.statement]));
    const dated = [...milestones].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    return bySpecialtyOrder(ctx, dated).map((m) => ({
      specialty: ctx.specialtyName(m.specialtyId),
      title: m.title,
      start: m.start,
      end: m.end,
      owner: m.owner,
      status: MILESTONE_STATUS_LABELS[m.status],
      goal: m.goalId === null ? '' : (goalText.get(m.goalId) ?? ''),
      dependsOn: joinNames(m.dependsOn, titles),
    }));
  },
};
