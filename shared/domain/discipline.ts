import { z } from 'zod';
import { IdSchema, RecordMetaSchema, count, requiredText, text } from './common.ts';

/** Measure 3: every discipline is classified into one of four categories; UNCLASSIFIED only while drafting. */
export const DISCIPLINE_CATEGORIES = ['BASIC', 'PLATFORM', 'ADVANTAGE', 'KEY_SUPPORT', 'UNCLASSIFIED'] as const;
export const DisciplineCategorySchema = z.enum(DISCIPLINE_CATEGORIES, { error: '请选择学科类别' });
export type DisciplineCategory = z.infer<typeof DisciplineCategorySchema>;

export const CATEGORY_LABELS: Record<DisciplineCategory, string> = {
  BASIC: '基础学科',
  PLATFORM: '平台学科',
  ADVANTAGE: '优势学科',
  KEY_SUPPORT: '重点扶持学科',
  UNCLASSIFIED: '未分类',
};

/** Measure 3 names the four factors the classification rests on. */
export const FACTOR_KEYS = ['developmentLevel', 'industryStanding', 'talentTeam', 'clinicalCapability'] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];
export const FACTOR_LABELS: Record<FactorKey, string> = {
  developmentLevel: '发展水平',
  industryStanding: '行业地位',
  talentTeam: '人才队伍',
  clinicalCapability: '诊疗能力',
};
export const SCORE_LABELS = { 1: '弱', 2: '较弱', 3: '中等', 4: '较强', 5: '强' } as const;

export const FactorAssessmentSchema = z.object({
  /** 1 弱 … 5 强; null while not yet assessed. */
  score: z
    .number({ error: '评分应为 1–5 的整数' })
    .int({ error: '评分应为 1–5 的整数' })
    .min(1, { error: '评分应为 1–5 的整数' })
    .max(5, { error: '评分应为 1–5 的整数' })
    .nullable(),
  evidence: text('依据', 500),
});
export type FactorAssessment = z.infer<typeof FactorAssessmentSchema>;

export const DisciplineSchema = RecordMetaSchema.extend({
  hospitalId: IdSchema,
  name: requiredText('学科名称', 40),
  parentId: IdSchema.nullable(),
  head: text('学科带头人', 40),
  staffCount: count('人员数', 5_000),
  bedCount: count('床位数', 5_000),
  category: DisciplineCategorySchema,
  factors: z.object({
    developmentLevel: FactorAssessmentSchema,
    industryStanding: FactorAssessmentSchema,
    talentTeam: FactorAssessmentSchema,
    clinicalCapability: FactorAssessmentSchema,
  }),
  rationale: text('分类理由', 1000),
  previousPlanRef: text('前期规划依据', 200),
});
export type Discipline = z.infer<typeof DisciplineSchema>;

/** Measure 5: what a general hospital (二级以上综合医院) is expected to have. */
export const EXPECTED_BASIC_DISCIPLINES = ['内科', '外科', '妇产科', '儿科', '急诊', '精神科'] as const;
export const EXPECTED_PLATFORM_DISCIPLINES = ['麻醉', '影像', '检验', '重症', '病理'] as const;

export function emptyFactors(): Discipline['factors'] {
  const blank = (): FactorAssessment => ({ score: null, evidence: '' });
  return {
    developmentLevel: blank(),
    industryStanding: blank(),
    talentTeam: blank(),
    clinicalCapability: blank(),
  };
}
