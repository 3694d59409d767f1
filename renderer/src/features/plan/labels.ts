import type { PlanStatus, PlanTableSource } from '#shared/domain/index.ts';

/** The tables a plan section can pull in, as the 插入专科表格 menu names them. */
export const PLAN_TABLE_SOURCE_LABELS: Record<PlanTableSource, string> = {
  specialties: '专科一览',
  coreDiseases: '核心病种',
  goals: '建设目标',
  resourceNeeds: '资源需求',
  budgetTotals: '经费汇总',
  technologyProjects: '技术项目',
  talentEntries: '人才梯队',
  grassrootsActivities: '基层帮扶',
  qcIndicators: '质控指标',
  milestones: '里程碑',
};

/** The button of each workflow move (PLAN_TRANSITIONS), named after what the office does. */
export const PLAN_MOVE_LABELS: Record<PlanStatus, Partial<Record<PlanStatus, string>>> = {
  DRAFT: { INTERNAL_REVIEW: '提交院内审议' },
  INTERNAL_REVIEW: { APPROVED: '审议通过', DRAFT: '退回修改' },
  APPROVED: { SUBMITTED: '报送', DRAFT: '重新修订' },
  SUBMITTED: {},
};

export const PLAN_STATUS_COLORS: Record<PlanStatus, string> = {
  DRAFT: 'default',
  INTERNAL_REVIEW: 'processing',
  APPROVED: 'success',
  SUBMITTED: 'purple',
};
