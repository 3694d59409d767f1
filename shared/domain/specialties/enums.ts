import { z } from 'zod';

// The choice lists of measures 4–13. Where the policy itself names the values in Chinese (要素, 经费来源,
// 技术类型 …) the stored value is that Chinese word, as hospital.ts does for levels and memberships; where the
// value is a state or a category code other code branches on, it is an English key with a label map.

/** Measure 6: a specialty becomes an 优势专科 or a 特色专科. */
export const SPECIALTY_TYPES = ['ADVANTAGE', 'FEATURE'] as const;
export const SpecialtyTypeSchema = z.enum(SPECIALTY_TYPES, { error: '请选择专科类型' });
export type SpecialtyType = z.infer<typeof SpecialtyTypeSchema>;
export const SPECIALTY_TYPE_LABELS: Record<SpecialtyType, string> = { ADVANTAGE: '优势专科', FEATURE: '特色专科' };

/** Measure 4 names four major disease areas; anything else is OTHER with a label the hospital writes. */
export const MAJOR_DISEASE_AREAS = ['心脑血管疾病', '恶性肿瘤', '呼吸系统疾病', '代谢性疾病'] as const;
export type MajorDiseaseArea = (typeof MAJOR_DISEASE_AREAS)[number];
export const DISEASE_AREAS = [...MAJOR_DISEASE_AREAS, 'OTHER'] as const;
export const DiseaseAreaSchema = z.enum(DISEASE_AREAS, { error: '请选择重大疾病领域' });
export type DiseaseArea = z.infer<typeof DiseaseAreaSchema>;
export const DISEASE_AREA_LABELS: Record<DiseaseArea, string> = {
  心脑血管疾病: '心脑血管疾病',
  恶性肿瘤: '恶性肿瘤',
  呼吸系统疾病: '呼吸系统疾病',
  代谢性疾病: '代谢性疾病',
  OTHER: '其他',
};

/** Goal horizons: the two dates of section 二 and the plan's own term. */
export const GOAL_HORIZONS = ['END_2025', 'Y2030', 'TERM'] as const;
export const GoalHorizonSchema = z.enum(GOAL_HORIZONS, { error: '请选择目标期限' });
export type GoalHorizon = z.infer<typeof GoalHorizonSchema>;
export const GOAL_HORIZON_LABELS: Record<GoalHorizon, string> = { END_2025: '2025年末', Y2030: '2030年', TERM: '规划期' };
/** The roadmap's two markers (section 二). */
export const GOAL_HORIZON_DATES: Record<Exclude<GoalHorizon, 'TERM'>, string> = { END_2025: '2025-12-31', Y2030: '2030-12-31' };

/** Measure 6: 医务人员组成、设备设施条件、医疗技术和药品器械. */
export const RESOURCE_ELEMENTS = ['人员', '设备设施', '医疗技术', '药品', '器械'] as const;
export const ResourceElementSchema = z.enum(RESOURCE_ELEMENTS, { error: '请选择要素类型' });
export type ResourceElement = z.infer<typeof ResourceElementSchema>;

export const FUNDING_SOURCES = ['财政', '自筹', '专项'] as const;
export const FundingSourceSchema = z.enum(FUNDING_SOURCES, { error: '请选择经费来源' });
export type FundingSource = z.infer<typeof FundingSourceSchema>;

/** Measure 10: 微创医疗技术, 新诊疗模式 (术中放疗/术中化疗/杂交手术), 前沿医疗技术, 成果转化. */
export const TECHNOLOGY_TYPES = ['微创', '新诊疗模式', '前沿技术', '成果转化'] as const;
export const TechnologyTypeSchema = z.enum(TECHNOLOGY_TYPES, { error: '请选择技术类型' });
export type TechnologyType = z.infer<typeof TechnologyTypeSchema>;
/** Only 微创 has subtypes in the policy: 内镜、介入、局部微创 (改良外科手术方式 goes under 局部微创). */
export const MINIMALLY_INVASIVE_SUBTYPES = ['内镜', '介入', '局部微创'] as const;
export const MinimallyInvasiveSubtypeSchema = z.enum(MINIMALLY_INVASIVE_SUBTYPES, { error: '请选择微创技术类别' });
export const TECHNOLOGY_STAGES = ['规划', '论证', '开展', '推广', '转化'] as const;
export const TechnologyStageSchema = z.enum(TECHNOLOGY_STAGES, { error: '请选择技术阶段' });
export type TechnologyStage = z.infer<typeof TechnologyStageSchema>;

/** Measure 9: 高层次人才引领、骨干人才担当、后备人才丰富. */
export const TALENT_ECHELONS = ['LEADING', 'BACKBONE', 'RESERVE'] as const;
export const TalentEchelonSchema = z.enum(TALENT_ECHELONS, { error: '请选择人才梯队' });
export type TalentEchelon = z.infer<typeof TalentEchelonSchema>;
export const TALENT_ECHELON_LABELS: Record<TalentEchelon, string> = { LEADING: '领军人才', BACKBONE: '骨干人才', RESERVE: '后备人才' };

/** Measure 9: the last three are what the policy calls 柔性引进. */
export const RECRUITMENT_MODES = ['全职', '机构双聘', '多点执业', '战略合作'] as const;
export const RecruitmentModeSchema = z.enum(RECRUITMENT_MODES, { error: '请选择引进方式' });
export type RecruitmentMode = z.infer<typeof RecruitmentModeSchema>;
export const isFlexibleRecruitment = (mode: RecruitmentMode): boolean => mode !== '全职';

/** Measure 13: 培养培训人才、远程医疗、下沉人才、开展巡诊; the unit is how each is counted. */
export const GRASSROOTS_KINDS = ['培训', '远程医疗', '下沉', '巡诊'] as const;
export const GrassrootsKindSchema = z.enum(GRASSROOTS_KINDS, { error: '请选择帮扶方式' });
export type GrassrootsKind = z.infer<typeof GrassrootsKindSchema>;
export const GRASSROOTS_UNITS: Record<GrassrootsKind, string> = { 培训: '人次', 远程医疗: '例', 下沉: '人次', 巡诊: '次' };

/**
 * Same keys and meaning as the KPI catalogue's directions (shared/domain/kpi), so a QC indicator can later
 * point at a catalogue KPI without a mapping: UP higher is better, DOWN lower is better, MONITOR 监测比较.
 */
export const QC_DIRECTIONS = ['UP', 'DOWN', 'MONITOR'] as const;
export const QcDirectionSchema = z.enum(QC_DIRECTIONS, { error: '请选择指标方向' });
export type QcDirection = z.infer<typeof QcDirectionSchema>;
export const QC_DIRECTION_LABELS: Record<QcDirection, string> = { UP: '↑ 越高越好', DOWN: '↓ 越低越好', MONITOR: '监测比较' };

/** Overdue is not a status: it is derived from the end date (isOverdue), so it never goes stale. */
export const MILESTONE_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export const MilestoneStatusSchema = z.enum(MILESTONE_STATUSES, { error: '请选择任务状态' });
export type MilestoneStatus = z.infer<typeof MilestoneStatusSchema>;
export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  PLANNED: '未开始',
  IN_PROGRESS: '进行中',
  DONE: '已完成',
  CANCELLED: '已取消',
};

export const PLAN_STATUSES = ['DRAFT', 'INTERNAL_REVIEW', 'APPROVED', 'SUBMITTED'] as const;
export const PlanStatusSchema = z.enum(PLAN_STATUSES, { error: '请选择规划状态' });
export type PlanStatus = z.infer<typeof PlanStatusSchema>;
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  DRAFT: '草稿',
  INTERNAL_REVIEW: '院内审议',
  APPROVED: '已批准',
  SUBMITTED: '已报送',
};

/** The five standard sections of a plan document, in document order. */
export const PLAN_SECTIONS = ['BACKGROUND', 'GENERAL_REQUIREMENTS', 'GOALS', 'TASKS', 'SAFEGUARDS'] as const;
export const PlanSectionKeySchema = z.enum(PLAN_SECTIONS, { error: '请选择规划章节' });
export type PlanSectionKey = z.infer<typeof PlanSectionKeySchema>;
export const PLAN_SECTION_LABELS: Record<PlanSectionKey, string> = {
  BACKGROUND: '背景与现状',
  GENERAL_REQUIREMENTS: '总体要求',
  GOALS: '建设目标',
  TASKS: '主要任务',
  SAFEGUARDS: '保障措施',
};
