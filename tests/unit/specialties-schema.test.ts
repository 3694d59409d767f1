import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ClinicalSpecialtySchema,
  CoreDiseaseSchema,
  GoalSchema,
  GrassrootsActivitySchema,
  MilestoneSchema,
  QcIndicatorSchema,
  ResourceNeedSchema,
  SPECIALTY_TABLE_LABELS,
  SPECIALTY_TABLE_NAMES,
  TalentEntrySchema,
  TechnologyProjectSchema,
  diseaseAreaName,
  emptyManagementNotes,
  hasQcOfficer,
  isFlexibleRecruitment,
} from '#shared/domain/specialties/index.ts';

const meta = (id = 'r-1') => ({ id, updatedAt: '2024-01-08T09:30:00.000Z', version: 1 });

/** The Chinese messages of a failed parse, with their paths, so a test reads like what the form shows. */
function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const specialty = {
  ...meta('s-1'),
  hospitalId: 'h-1',
  name: '胸痛中心',
  type: 'ADVANTAGE',
  diseaseArea: '心脑血管疾病',
  diseaseAreaLabel: '',
  leadDisciplineId: 'd-lead',
  participantDisciplineIds: ['d-2', 'd-3'],
  headName: '王伟',
  qcOfficer: '李娜',
  management: emptyManagementNotes(),
};

describe('specialties: ClinicalSpecialtySchema', () => {
  it('accepts a 1+N specialty, a draft without participants and one without a QC officer', () => {
    expect(problems(ClinicalSpecialtySchema, specialty)).toEqual([]);
    expect(problems(ClinicalSpecialtySchema, { ...specialty, participantDisciplineIds: [] })).toEqual([]);
    expect(problems(ClinicalSpecialtySchema, { ...specialty, qcOfficer: null })).toEqual([]);
  });

  it('rejects the lead among the participants and a participant chosen twice', () => {
    expect(problems(ClinicalSpecialtySchema, { ...specialty, participantDisciplineIds: ['d-2', 'd-lead'] })).toEqual([
      'participantDisciplineIds: 牵头学科不能同时作为参与学科（“1+N”中的“1”与“N”不重复）',
    ]);
    expect(problems(ClinicalSpecialtySchema, { ...specialty, participantDisciplineIds: ['d-2', 'd-2'] })).toEqual([
      'participantDisciplineIds: 参与学科不能重复选择',
    ]);
  });

  it('asks for a label when the disease area is OTHER, and names the area either way', () => {
    const other = { ...specialty, diseaseArea: 'OTHER' };
    expect(problems(ClinicalSpecialtySchema, other)).toEqual(['diseaseAreaLabel: 选择“其他”疾病领域时请填写领域名称']);
    expect(problems(ClinicalSpecialtySchema, { ...other, diseaseAreaLabel: '消化系统疾病' })).toEqual([]);
    expect(diseaseAreaName({ diseaseArea: 'OTHER', diseaseAreaLabel: '消化系统疾病' })).toBe('消化系统疾病');
    expect(diseaseAreaName({ diseaseArea: '恶性肿瘤', diseaseAreaLabel: '忽略' })).toBe('恶性肿瘤');
  });

  it('refuses an unknown type or area with a Chinese message', () => {
    expect(problems(ClinicalSpecialtySchema, { ...specialty, type: 'KEY', diseaseArea: '肿瘤' })).toEqual(['type: 请选择专科类型', 'diseaseArea: 请选择重大疾病领域']);
  });

  it('treats a blank QC officer as not appointed', () => {
    expect(hasQcOfficer({ qcOfficer: '李娜' })).toBe(true);
    expect(hasQcOfficer({ qcOfficer: '  ' })).toBe(false);
    expect(hasQcOfficer({ qcOfficer: null })).toBe(false);
  });
});

describe('specialties: per-specialty records', () => {
  const child = { ...meta(), specialtyId: 's-1' };

  it('CoreDisease: checks the ICD-10 format and tells the tidy form of a sloppy one', () => {
    expect(problems(CoreDiseaseSchema, { ...child, icd10Code: 'I21.0', name: '急性前壁心肌梗死' })).toEqual([]);
    expect(problems(CoreDiseaseSchema, { ...child, icd10Code: 'I2', name: '心梗' })[0]).toContain('字母后应为 2 位数字');
    expect(problems(CoreDiseaseSchema, { ...child, icd10Code: 'i21.0', name: '心梗' })).toEqual(['icd10Code: ICD-10 编码应写作「I21.0」']);
  });

  it('Goal: needs a statement; the KPI link and target are optional', () => {
    const goal = { ...child, horizon: 'END_2025', statement: 'CMI 达到 1.2', kpiId: 'cmi', targetValue: 1.2, unit: '' };
    expect(problems(GoalSchema, goal)).toEqual([]);
    expect(problems(GoalSchema, { ...goal, kpiId: null, targetValue: null })).toEqual([]);
    expect(problems(GoalSchema, { ...goal, statement: ' ', horizon: '2030' })).toEqual(['horizon: 请选择目标期限', 'statement: 请填写目标内容']);
  });

  it('ResourceNeed: rejects a negative budget and an unknown element or source', () => {
    const need = { ...child, element: '设备设施', item: 'DSA', current: 1, required: 2, unit: '台', budget: 800, fundingSource: '财政', year: 2025, notes: '' };
    expect(problems(ResourceNeedSchema, need)).toEqual([]);
    expect(problems(ResourceNeedSchema, { ...need, budget: -1 })).toEqual(['budget: 预算（万元）不能为负数']);
    expect(problems(ResourceNeedSchema, { ...need, element: '房屋', fundingSource: '贷款' })).toEqual(['element: 请选择要素类型', 'fundingSource: 请选择经费来源']);
  });

  it('TechnologyProject: 微创 needs its subtype, the other types must not have one', () => {
    const tech = { ...child, name: '经导管主动脉瓣置换', type: '微创', subtype: '介入', stage: '开展', year: 2025, notes: '' };
    expect(problems(TechnologyProjectSchema, tech)).toEqual([]);
    expect(problems(TechnologyProjectSchema, { ...tech, subtype: null })).toEqual(['subtype: 微创技术请选择类别（内镜、介入或局部微创）']);
    expect(problems(TechnologyProjectSchema, { ...tech, type: '新诊疗模式' })).toEqual(['subtype: 只有微创技术需要选择类别']);
  });

  it('TalentEntry: echelon and recruitment mode; the last three modes are 柔性引进', () => {
    const talent = { ...child, personName: '张强', title: '主任医师', echelon: 'LEADING', recruitment: '机构双聘', homeDisciplineId: null, trainingPlan: '' };
    expect(problems(TalentEntrySchema, talent)).toEqual([]);
    expect(problems(TalentEntrySchema, { ...talent, echelon: 'TOP' })).toEqual(['echelon: 请选择人才梯队']);
    expect(['全职', '机构双聘', '多点执业', '战略合作'].map((m) => isFlexibleRecruitment(m as '全职'))).toEqual([false, true, true, true]);
  });

  it('GrassrootsActivity: one planned count per year', () => {
    const activity = { ...child, kind: '巡诊', partner: '示例县人民医院', plannedCounts: [{ year: 2025, count: 12 }], notes: '' };
    expect(problems(GrassrootsActivitySchema, activity)).toEqual([]);
    const twice = { ...activity, plannedCounts: [{ year: 2025, count: 12 }, { year: 2025, count: 6 }] };
    expect(problems(GrassrootsActivitySchema, twice)).toEqual(['plannedCounts: 2025 年的计划数量重复填写']);
  });

  it('QcIndicator: baseline may wait, but targets come after it and once a year', () => {
    const qc = { ...child, name: '低风险组病例死亡率', unit: '%', direction: 'DOWN', baseline: { year: 2023, value: 0.05 }, annualTargets: [{ year: 2024, value: 0.04 }] };
    expect(problems(QcIndicatorSchema, qc)).toEqual([]);
    expect(problems(QcIndicatorSchema, { ...qc, baseline: null })).toEqual([]);
    expect(problems(QcIndicatorSchema, { ...qc, annualTargets: [{ year: 2023, value: 0.04 }] })).toEqual(['annualTargets: 年度目标（2023 年）应晚于基线年份（2023 年）']);
    expect(problems(QcIndicatorSchema, { ...qc, direction: 'HIGHER' })).toEqual(['direction: 请选择指标方向']);
  });

  it('Milestone: end before start, a task depending on itself and a repeated dependency are rejected', () => {
    const task = { ...meta('m-1'), specialtyId: 's-1', title: '建成胸痛中心', start: '2025-01-01', end: '2025-06-30', owner: '王伟', dependsOn: ['m-0'], status: 'PLANNED', goalId: null };
    expect(problems(MilestoneSchema, task)).toEqual([]);
    expect(problems(MilestoneSchema, { ...task, end: '2024-12-31' })).toEqual(['end: 结束日期（2024-12-31）不能早于开始日期（2025-01-01）']);
    expect(problems(MilestoneSchema, { ...task, dependsOn: ['m-1'] })).toEqual(['dependsOn: 任务不能依赖自身']);
    expect(problems(MilestoneSchema, { ...task, dependsOn: ['m-0', 'm-0'] })).toEqual(['dependsOn: 前置任务不能重复选择']);
    expect(problems(MilestoneSchema, { ...task, start: '2025-02-30' })).toEqual(['start: 日期格式应为 YYYY-MM-DD']);
  });
});

describe('specialties: tables', () => {
  it('names ten tables, each with a Chinese label', () => {
    expect(SPECIALTY_TABLE_NAMES).toEqual(['specialties', 'coreDiseases', 'goals', 'resourceNeeds', 'technologyProjects', 'talentEntries', 'grassrootsActivities', 'qcIndicators', 'milestones', 'plans']);
    for (const table of SPECIALTY_TABLE_NAMES) expect(SPECIALTY_TABLE_LABELS[table]).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});
