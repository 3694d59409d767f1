import { z } from 'zod';
import { IdSchema, RecordMetaSchema, count, requiredText, text } from '../common.ts';
import { Icd10CodeSchema } from '../icd10/code.ts';
import {
  GoalHorizonSchema,
  GrassrootsKindSchema,
  MinimallyInvasiveSubtypeSchema,
  QcDirectionSchema,
  RecruitmentModeSchema,
  TalentEchelonSchema,
  TechnologyStageSchema,
  TechnologyTypeSchema,
} from './enums.ts';
import { YearSchema, YearValueSchema, measure, repeatedYear } from './fields.ts';

// The per-specialty tables of issue 5. Each row points at its specialty only; the hospital is reached
// through the specialty, so moving nothing can make the two disagree.
const SpecialtyRecordSchema = RecordMetaSchema.extend({ specialtyId: IdSchema });

/** 四.4 核心病种: an ICD-10 code (format checked, see icd10/code.ts) and the name the hospital uses. */
export const CoreDiseaseSchema = SpecialtyRecordSchema.extend({
  icd10Code: Icd10CodeSchema,
  name: requiredText('病种名称', 100),
});
export type CoreDisease = z.infer<typeof CoreDiseaseSchema>;

/** 二 and 四.4 建设目标: a statement, optionally measured by a KPI of the catalogue with a target value. */
export const GoalSchema = SpecialtyRecordSchema.extend({
  horizon: GoalHorizonSchema,
  statement: requiredText('目标内容', 500),
  /** A KPI catalogue id (shared/domain/kpi) or null for a goal stated in words only. */
  kpiId: z.string({ error: '指标编号应为文字' }).max(60, { error: '指标编号过长' }).nullable(),
  targetValue: measure('目标值').nullable(),
  unit: text('单位', 12),
});
export type Goal = z.infer<typeof GoalSchema>;

/** 四.10: 微创 needs its subtype (内镜/介入/局部微创); the other types have none. */
export const TechnologyProjectSchema = SpecialtyRecordSchema.extend({
  name: requiredText('技术项目名称', 100),
  type: TechnologyTypeSchema,
  subtype: MinimallyInvasiveSubtypeSchema.nullable(),
  stage: TechnologyStageSchema,
  /** The year the project is planned to start or reach its stage; null while undecided. */
  year: YearSchema.nullable(),
  notes: text('说明', 1000),
}).superRefine((t, ctx) => {
  if (t.type === '微创' && t.subtype === null) ctx.addIssue({ code: 'custom', message: '微创技术请选择类别（内镜、介入或局部微创）', path: ['subtype'] });
  if (t.type !== '微创' && t.subtype !== null) ctx.addIssue({ code: 'custom', message: '只有微创技术需要选择类别', path: ['subtype'] });
});
export type TechnologyProject = z.infer<typeof TechnologyProjectSchema>;

/** 四.9 人才梯队 and 柔性引进. A name, not a Person link: the people table is another issue's. */
export const TalentEntrySchema = SpecialtyRecordSchema.extend({
  personName: requiredText('姓名', 40),
  title: text('职称', 40),
  echelon: TalentEchelonSchema,
  recruitment: RecruitmentModeSchema,
  /** The discipline the person belongs to (学科专科双聘, 四.8); null for someone from outside the hospital. */
  homeDisciplineId: IdSchema.nullable(),
  trainingPlan: text('培养计划', 1000),
});
export type TalentEntry = z.infer<typeof TalentEntrySchema>;

export const PlannedCountSchema = z.object({ year: YearSchema, count: count('计划数量', 1_000_000) });

/** 四.13 支持基层: one partner and one kind of support, with the planned count per year. */
export const GrassrootsActivitySchema = SpecialtyRecordSchema.extend({
  kind: GrassrootsKindSchema,
  partner: requiredText('帮扶对象', 100),
  plannedCounts: z.array(PlannedCountSchema).max(20, { error: '计划年份不能超过 20 个' }),
  notes: text('说明', 1000),
}).superRefine((g, ctx) => {
  const year = repeatedYear(g.plannedCounts);
  if (year !== null) ctx.addIssue({ code: 'custom', message: `${year} 年的计划数量重复填写`, path: ['plannedCounts'] });
});
export type GrassrootsActivity = z.infer<typeof GrassrootsActivitySchema>;

/** The sentence the schema and the readiness check share about a QC indicator's targets. */
export function annualTargetProblem(indicator: { baseline: { year: number } | null; annualTargets: readonly { year: number }[] }): string | null {
  const year = repeatedYear(indicator.annualTargets);
  if (year !== null) return `${year} 年的年度目标重复填写`;
  const base = indicator.baseline;
  const early = base ? indicator.annualTargets.find((t) => t.year <= base.year) : undefined;
  return early && base ? `年度目标（${early.year} 年）应晚于基线年份（${base.year} 年）` : null;
}

/**
 * 四.11 质量安全基线和年度建设目标. The baseline is null until measured: an indicator is often chosen before
 * last year's value is at hand, and the readiness check (SPEC-NO-QC-BASELINE) asks for it, not the form.
 */
export const QcIndicatorSchema = SpecialtyRecordSchema.extend({
  name: requiredText('质控指标名称', 60),
  unit: text('单位', 12),
  direction: QcDirectionSchema,
  baseline: YearValueSchema.nullable(),
  annualTargets: z.array(YearValueSchema).max(20, { error: '年度目标不能超过 20 个' }),
  /** 年度监测值 (issue 6). Defaults to none so records written before observations existed still parse. */
  observations: z.array(YearValueSchema).max(20, { error: '监测值不能超过 20 个' }).default([]),
}).superRefine((q, ctx) => {
  const problem = annualTargetProblem(q);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['annualTargets'] });
  const year = repeatedYear(q.observations);
  if (year !== null) ctx.addIssue({ code: 'custom', message: `${year} 年的监测值重复填写`, path: ['observations'] });
});
export type QcIndicator = z.infer<typeof QcIndicatorSchema>;
