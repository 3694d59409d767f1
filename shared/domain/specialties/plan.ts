import { z } from 'zod';
import { IdSchema, RecordMetaSchema, requiredText, text } from '../common.ts';
import { DocNumberSchema } from './doc-number.ts';
import { PLAN_SECTIONS, PLAN_STATUS_LABELS, PlanStatusSchema, type PlanSectionKey, type PlanStatus } from './enums.ts';
import { IsoDateSchema, YearSchema } from './fields.ts';

/**
 * A plan section's content: a short list of blocks, rich enough for a 公文 (GB/T 9704 heading levels
 * 一、/（一）/1.) and nothing more, so the PDF and the workbook can render every block. A `table` block pulls a
 * specialty table into the text at export time instead of having it retyped (issue 5).
 */
export const PLAN_TABLE_SOURCES = ['specialties', 'coreDiseases', 'goals', 'resourceNeeds', 'budgetTotals', 'technologyProjects', 'talentEntries', 'grassrootsActivities', 'qcIndicators', 'milestones'] as const;
export type PlanTableSource = (typeof PLAN_TABLE_SOURCES)[number];

export const PlanBlockSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: '标题级别应为 1–3' }), text: requiredText('标题', 100) }),
    z.object({ type: z.literal('paragraph'), text: requiredText('段落', 5000) }),
    z.object({
      type: z.literal('list'),
      ordered: z.boolean(),
      items: z.array(requiredText('列表项', 1000)).min(1, { error: '列表至少需要一项' }).max(100, { error: '列表不能超过 100 项' }),
    }),
    z.object({ type: z.literal('table'), source: z.enum(PLAN_TABLE_SOURCES, { error: '请选择要引用的表格' }) }),
  ],
  { error: '未知的段落类型' },
);
export type PlanBlock = z.infer<typeof PlanBlockSchema>;

const BlockListSchema = z.array(PlanBlockSchema).max(500, { error: '一个章节不能超过 500 段' });
export const PlanSectionsSchema = z.object(
  Object.fromEntries(PLAN_SECTIONS.map((key) => [key, BlockListSchema])) as Record<PlanSectionKey, typeof BlockListSchema>,
);
export type PlanSections = z.infer<typeof PlanSectionsSchema>;

/** The article each standard section answers to, for the 政策依据 link beside its heading. */
export const PLAN_SECTION_ARTICLES: Record<PlanSectionKey, string> = {
  BACKGROUND: '四.3',
  GENERAL_REQUIREMENTS: '一',
  GOALS: '二',
  TASKS: '四',
  SAFEGUARDS: '五',
};

export function emptyPlanSections(): PlanSections {
  return { BACKGROUND: [], GENERAL_REQUIREMENTS: [], GOALS: [], TASKS: [], SAFEGUARDS: [] };
}

/** Plans run a 五年 term or so; a longer span is almost certainly a typo (2205 for 2025). */
export const MAX_PLAN_YEARS = 10;

export const PlanPeriodSchema = z
  .object({ startYear: YearSchema, endYear: YearSchema })
  .refine((p) => p.endYear >= p.startYear, { error: '规划期结束年份不能早于开始年份', path: ['endYear'] })
  .refine((p) => p.endYear - p.startYear + 1 <= MAX_PLAN_YEARS, { error: `规划期不能超过 ${MAX_PLAN_YEARS} 年`, path: ['endYear'] });
export type PlanPeriod = z.infer<typeof PlanPeriodSchema>;

/** The hospital's 临床专科发展规划 (四.4). */
export const PlanSchema = RecordMetaSchema.extend({
  hospitalId: IdSchema,
  title: requiredText('规划名称', 100),
  docNumber: DocNumberSchema,
  issuingOrgan: text('发文机关', 100),
  /** 成文日期; null while drafting. */
  issueDate: IsoDateSchema.nullable(),
  period: PlanPeriodSchema,
  sections: PlanSectionsSchema,
  status: PlanStatusSchema,
});
export type Plan = z.infer<typeof PlanSchema>;

/** First and last day of the plan period, as the milestone check compares them. */
export function planPeriodDates(period: PlanPeriod): { start: string; end: string } {
  return { start: `${period.startYear}-01-01`, end: `${period.endYear}-12-31` };
}

/**
 * DRAFT → INTERNAL_REVIEW → APPROVED → SUBMITTED. Review may send a plan back to draft (退回修改), and an
 * approved plan may be reopened for revision before it is submitted; a submitted plan is the commission's
 * copy and changes only by a new plan.
 */
export const PLAN_TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  DRAFT: ['INTERNAL_REVIEW'],
  INTERNAL_REVIEW: ['APPROVED', 'DRAFT'],
  APPROVED: ['SUBMITTED', 'DRAFT'],
  SUBMITTED: [],
};

/** Why a plan cannot move from one status to another, in Chinese; null when it can. */
export function planTransitionProblem(plan: Pick<Plan, 'status' | 'docNumber' | 'issueDate'>, to: PlanStatus): string | null {
  const from = plan.status;
  if (!PLAN_TRANSITIONS[from].includes(to)) return `规划不能从「${PLAN_STATUS_LABELS[from]}」改为「${PLAN_STATUS_LABELS[to]}」`;
  // A submitted plan is an official document: it needs its number and date before it leaves the hospital.
  if (to === 'SUBMITTED' && (plan.docNumber === '' || plan.issueDate === null)) return '报送前请填写文号和成文日期';
  return null;
}
