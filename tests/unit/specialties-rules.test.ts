import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AllTables, Discipline, TableName } from '#shared/domain/index.ts';
import type { Finding, Rule } from '#shared/checks/index.ts';
import { SPECIALTY_RULES, type SpecialtyFinding } from '#shared/checks/specialties.ts';
import { emptyManagementNotes, type ClinicalSpecialty, type SpecialtyRecord, type SpecialtyTableName, type SpecialtyTables } from '#shared/domain/specialties/index.ts';
import { findArticle } from '#shared/policy-text/index.ts';
import { makeDiscipline, makeHospital } from '#tests/helpers/factories.ts';

type Tables = { -readonly [K in keyof SpecialtyTables]: SpecialtyTables[K][number][] };
const meta = (id: string) => ({ id, updatedAt: '2024-01-08T09:30:00.000Z', version: 1 });
const AREAS = [
  ['胸痛中心', '心脑血管疾病', '心血管内科', 'I21'],
  ['肺癌诊疗中心', '恶性肿瘤', '胸外科', 'C34'],
  ['慢阻肺诊疗中心', '呼吸系统疾病', '呼吸与危重症医学科', 'J44'],
  ['糖尿病诊疗中心', '代谢性疾病', '内分泌科', 'E11'],
] as const;

/** One specialty that satisfies every rule, with each of its child rows; `n` keeps ids and names apart. */
function addSpecialty(t: Tables, hospitalId: string, n: string, [name, area, leadName, code]: (typeof AREAS)[number]): ClinicalSpecialty {
  const lead = makeDiscipline({ id: `d-${n}`, hospitalId, name: leadName, category: n.endsWith('1') ? 'KEY_SUPPORT' : 'ADVANTAGE' });
  const partner = makeDiscipline({ id: `d-${n}-p`, hospitalId, name: '医学影像科', category: 'PLATFORM' });
  const filled = Object.fromEntries(Object.keys(emptyManagementNotes()).map((k) => [k, '已制定'])) as ClinicalSpecialty['management'];
  const s: ClinicalSpecialty = {
    ...meta(`s-${n}`), hospitalId, name: `${name}${n}`, type: 'ADVANTAGE', diseaseArea: area, diseaseAreaLabel: '', leadDisciplineId: lead.id,
    participantDisciplineIds: [partner.id], headName: '王伟', qcOfficer: '李娜', management: filled,
  };
  const child = (table: string) => ({ ...meta(`${table}-${n}`), specialtyId: s.id });
  t.disciplines.push(lead, partner);
  t.specialties.push(s);
  t.coreDiseases.push({ ...child('cd'), icd10Code: code, name: '核心病种' });
  t.goals.push({ ...child('g25'), horizon: 'END_2025', statement: '通过认证', kpiId: null, targetValue: null, unit: '' });
  t.goals.push({ ...child('g30'), horizon: 'Y2030', statement: '省内领先', kpiId: null, targetValue: null, unit: '' });
  t.resourceNeeds.push({ ...child('rn'), element: '设备设施', item: 'DSA', current: 1, required: 2, unit: '台', budget: 800, fundingSource: '财政', year: 2025, notes: '' });
  t.technologyProjects.push({ ...child('tp'), name: '内镜下治疗', type: '微创', subtype: '内镜', stage: '开展', year: 2025, notes: '' });
  for (const echelon of ['LEADING', 'BACKBONE', 'RESERVE'] as const) {
    t.talentEntries.push({ ...child(`te-${echelon}`), personName: '张强', title: '', echelon, recruitment: '全职', homeDisciplineId: lead.id, trainingPlan: '' });
  }
  t.grassrootsActivities.push({ ...child('ga'), kind: '巡诊', partner: '示例县人民医院', plannedCounts: [{ year: 2025, count: 12 }], notes: '' });
  t.qcIndicators.push({ ...child('qc'), name: '低风险组病例死亡率', unit: '%', direction: 'DOWN', baseline: { year: 2023, value: 0.05 }, annualTargets: [{ year: 2025, value: 0.04 }], observations: [] });
  t.milestones.push({ ...child('m1'), title: '建设启动', start: '2024-03-01', end: '2024-06-30', owner: '王伟', dependsOn: [], status: 'DONE', goalId: null });
  t.milestones.push({ ...child('m2'), title: '通过评审', start: '2025-01-01', end: '2025-12-31', owner: '王伟', dependsOn: [`m1-${n}`], status: 'PLANNED', goalId: `g25-${n}` });
  return s;
}

/** A general hospital with a 2024–2030 plan and one complete specialty for each major disease area. */
function complete(hospitals = 1): Tables {
  const t: Tables = { hospitals: [], disciplines: [], specialties: [], coreDiseases: [], goals: [], resourceNeeds: [], technologyProjects: [], talentEntries: [], grassrootsActivities: [], qcIndicators: [], milestones: [], plans: [] };
  for (let h = 0; h < hospitals; h++) {
    const hospital = makeHospital({ id: `h-${h}`, name: `示例医院${h}` });
    t.hospitals.push(hospital);
    t.plans.push({ ...meta(`p-${h}`), hospitalId: hospital.id, title: '临床专科能力建设规划', docNumber: '', issuingOrgan: '', issueDate: null, period: { startYear: 2024, endYear: 2030 }, sections: { BACKGROUND: [], GENERAL_REQUIREMENTS: [], GOALS: [], TASKS: [], SAFEGUARDS: [] }, status: 'DRAFT' });
    AREAS.forEach((area, i) => addSpecialty(t, hospital.id, `${h}-${i}`, area));
  }
  return t;
}

// A fresh object per run, as runChecks passes: the lookups are cached per tables object (lookups.ts).
const findingsOf = (ruleId: string, tables: Tables) => SPECIALTY_RULES.find((r) => r.id === ruleId)!.run({ ...tables });
const first = (t: Tables) => t.specialties[0]!;
const lead = (t: Tables) => t.disciplines.find((d) => d.id === first(t).leadDisciplineId)!;
const without = <K extends keyof Tables>(t: Tables, table: K, keep: (row: Tables[K][number]) => boolean) => {
  (t[table] as unknown[]) = (t[table] as Tables[K][number][]).filter(keep);
};
const notOfFirst = (t: Tables) => (row: { specialtyId: string }) => row.specialtyId !== first(t).id;

/** Each rule: how to break the complete hospital, and the findings that must follow (message and target). */
const CASES: { id: string; severity: Finding['severity']; breakIt(t: Tables): void; expected: [string, SpecialtyFinding['target']][] }[] = [
  { id: 'SPEC-LEAD-CATEGORY', severity: 'BLOCKER', breakIt: (t) => void (lead(t).category = 'BASIC'),
    expected: [['专科「胸痛中心0-0」的牵头学科「心血管内科」是基础学科，“1+N”学科群应由优势学科或重点扶持学科牵头（四.6）', { table: 'specialties', id: 's-0-0', field: 'leadDisciplineId' }]] },
  { id: 'SPEC-DISCIPLINE-MISSING', severity: 'BLOCKER', breakIt: (t) => void (first(t).participantDisciplineIds = ['gone']),
    expected: [['专科「胸痛中心0-0」的参与学科不存在（编号 gone）', { table: 'specialties', id: 's-0-0', field: 'participantDisciplineIds' }]] },
  { id: 'SPEC-NO-PARTICIPANT', severity: 'BLOCKER', breakIt: (t) => void (first(t).participantDisciplineIds = []),
    expected: [['专科「胸痛中心0-0」尚无参与学科，“1+N”学科群至少需要 1 个参与学科（四.6）', { table: 'specialties', id: 's-0-0', field: 'participantDisciplineIds' }]] },
  { id: 'SPEC-NO-QC-OFFICER', severity: 'BLOCKER', breakIt: (t) => void (first(t).qcOfficer = null),
    expected: [['专科「胸痛中心0-0」尚未设置质控专员（四.11）', { table: 'specialties', id: 's-0-0', field: 'qcOfficer' }]] },
  { id: 'SPEC-MILESTONE-OUTSIDE-PLAN', severity: 'BLOCKER', breakIt: (t) => void (t.milestones[1]!.end = '2031-03-31'),
    expected: [['任务「通过评审」（2025-01-01 至 2031-03-31）超出规划期 2024–2030 年', { table: 'milestones', id: 'm2-0-0', field: 'end' }]] },
  { id: 'SPEC-LEAD-TWICE', severity: 'WARNING', breakIt: (t) => void (t.specialties[1]!.leadDisciplineId = first(t).leadDisciplineId),
    expected: [['学科「心血管内科」同时牵头专科「肺癌诊疗中心0-1」和「胸痛中心0-0」，请确认其能力与资源能够同时支撑', { table: 'specialties', id: 's-0-1', field: 'leadDisciplineId' }]] },
  { id: 'SPEC-NO-CORE-DISEASE', severity: 'WARNING', breakIt: (t) => without(t, 'coreDiseases', notOfFirst(t)),
    expected: [['专科「胸痛中心0-0」尚未确定核心病种（ICD-10）（四.4）', { table: 'specialties', id: 's-0-0' }]] },
  { id: 'SPEC-NO-GOAL-2025', severity: 'WARNING', breakIt: (t) => without(t, 'goals', (g) => g.id !== 'g25-0-0'),
    expected: [['专科「胸痛中心0-0」缺少2025年末建设目标（二、目标任务）', { table: 'specialties', id: 's-0-0' }]] },
  { id: 'SPEC-NO-GOAL-2030', severity: 'WARNING', breakIt: (t) => void (t.goals.find((g) => g.id === 'g30-0-0')!.horizon = 'TERM'),
    expected: [['专科「胸痛中心0-0」缺少2030年建设目标（二、目标任务）', { table: 'specialties', id: 's-0-0' }]] },
  { id: 'SPEC-NO-QC-BASELINE', severity: 'WARNING', breakIt: (t) => {
      Object.assign(t.qcIndicators[0]!, { baseline: null, annualTargets: [] });
      without(t, 'qcIndicators', (q) => q.specialtyId !== 's-0-1');
    },
    expected: [
      ['专科「胸痛中心0-0」的质控指标「低风险组病例死亡率」缺少基线值和年度目标（四.11）', { table: 'qcIndicators', id: 'qc-0-0', field: 'baseline' }],
      ['专科「肺癌诊疗中心0-1」尚未设置质控指标及其基线和年度目标（四.11）', { table: 'specialties', id: 's-0-1' }],
    ] },
  { id: 'SPEC-NO-PLAN', severity: 'WARNING', breakIt: (t) => void (t.plans = []),
    expected: [['示例医院0尚未制定临床专科发展规划（四.4）', { table: 'hospitals', id: 'h-0' }]] },
  { id: 'SPEC-MILESTONE-DEPENDENCY', severity: 'WARNING', breakIt: (t) => void (t.milestones[0]!.end = '2025-02-01'),
    expected: [['任务「通过评审」在前置任务「建设启动」结束（2025-02-01）前就开始（2025-01-01）', { table: 'milestones', id: 'm2-0-0', field: 'dependsOn' }]] },
  { id: 'SPEC-MAJOR-AREAS-UNCOVERED', severity: 'INFO', breakIt: (t) => void (t.specialties[1]!.diseaseArea = '心脑血管疾病', t.specialties[3]!.diseaseArea = 'OTHER'),
    expected: [['示例医院0尚无针对恶性肿瘤、代谢性疾病的临床专科（四.4）', { table: 'hospitals', id: 'h-0' }]] },
  { id: 'SPEC-NO-RESOURCE-NEED', severity: 'INFO', breakIt: (t) => without(t, 'resourceNeeds', notOfFirst(t)),
    expected: [['专科「胸痛中心0-0」尚未梳理人员、设备设施、医疗技术、药品、器械等要素需求（四.6）', { table: 'specialties', id: 's-0-0' }]] },
  { id: 'SPEC-NO-MANAGEMENT', severity: 'INFO', breakIt: (t) => void Object.assign(first(t).management, { headRights: '', orgStructure: ' ' }),
    expected: [['专科「胸痛中心0-0」的管理制度未填写：组织管理架构、负责人权利（四.7）', { table: 'specialties', id: 's-0-0', field: 'management.orgStructure' }]] },
  { id: 'SPEC-NO-ALLOCATION', severity: 'INFO', breakIt: (t) => void (first(t).management.performanceAllocation = ''),
    expected: [['专科「胸痛中心0-0」未填写绩效分配（四.8）', { table: 'specialties', id: 's-0-0', field: 'management.performanceAllocation' }]] },
  { id: 'SPEC-NO-TALENT-ECHELON', severity: 'INFO', breakIt: (t) => without(t, 'talentEntries', (e) => e.specialtyId !== first(t).id || e.echelon === 'BACKBONE'),
    expected: [['专科「胸痛中心0-0」的人才梯队缺少领军人才、后备人才（四.9）', { table: 'specialties', id: 's-0-0' }]] },
  { id: 'SPEC-NO-TECH', severity: 'INFO', breakIt: (t) => without(t, 'technologyProjects', notOfFirst(t)),
    expected: [['专科「胸痛中心0-0」尚未规划微创、新诊疗模式、前沿技术或成果转化项目（四.10）', { table: 'specialties', id: 's-0-0' }]] },
  { id: 'SPEC-NO-CULTURE', severity: 'INFO', breakIt: (t) => void (first(t).management.culture = ''),
    expected: [['专科「胸痛中心0-0」尚未填写专科特色文化建设（四.12）', { table: 'specialties', id: 's-0-0', field: 'management.culture' }]] },
  { id: 'SPEC-NO-GRASSROOTS', severity: 'INFO', breakIt: (t) => without(t, 'grassrootsActivities', notOfFirst(t)),
    expected: [['专科「胸痛中心0-0」尚未安排培训、远程医疗、下沉或巡诊等基层帮扶（四.13）', { table: 'specialties', id: 's-0-0' }]] },
];

describe('specialty rules: the group', () => {
  it('gives every rule a unique id, an article the policy reader can open and a Chinese title', () => {
    expect(new Set(SPECIALTY_RULES.map((r) => r.id)).size).toBe(SPECIALTY_RULES.length);
    for (const rule of SPECIALTY_RULES) {
      expect(rule.id).toMatch(/^SPEC(-[A-Z0-9]+)+$/);
      expect(findArticle(rule.article), rule.id).toBeDefined();
      expect(rule.title).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('has a passing and a failing case below for every rule', () => {
    expect(CASES.map((c) => c.id).sort()).toEqual(SPECIALTY_RULES.map((r) => r.id).sort());
  });

  it('finds nothing in a complete hospital', () => {
    expect(SPECIALTY_RULES.flatMap((r) => r.run(complete()))).toEqual([]);
  });

  it('registers as ordinary rules once AllTables has the specialty tables', () => {
    type FutureTables = AllTables & { [T in SpecialtyTableName]: SpecialtyRecord<T>[] };
    type FutureFinding = Omit<Finding, 'target'> & { target: { table: TableName | SpecialtyTableName; id: string; field?: string } };
    type FutureRule = Omit<Rule, 'run'> & { run(tables: FutureTables): FutureFinding[] };
    expectTypeOf(SPECIALTY_RULES).toExtend<readonly FutureRule[]>();
  });
});

describe('specialty rules: each rule', () => {
  for (const c of CASES) {
    it(`${c.id}: silent on a complete hospital, reports the broken record`, () => {
      const t = complete();
      expect(findingsOf(c.id, t)).toEqual([]);
      c.breakIt(t);
      const findings = findingsOf(c.id, t);
      expect(findings.map((f) => [f.message, f.target])).toEqual(c.expected);
      expect(findings.every((f) => f.severity === c.severity && f.hospitalId === 'h-0')).toBe(true);
    });
  }
});

describe('specialty rules: edge cases', () => {
  it('SPEC-MAJOR-AREAS-UNCOVERED leaves 专科医院 alone', () => {
    const t = complete();
    t.hospitals[0]!.type = 'SPECIALIZED';
    t.specialties.length = 1;
    expect(findingsOf('SPEC-MAJOR-AREAS-UNCOVERED', t)).toEqual([]);
  });

  it('SPEC-MILESTONE-OUTSIDE-PLAN points at the start when the task begins before the plan', () => {
    const t = complete();
    t.milestones[0]!.start = '2023-11-01';
    expect(findingsOf('SPEC-MILESTONE-OUTSIDE-PLAN', t).map((f) => f.target.field)).toEqual(['start']);
  });

  it('SPEC-LEAD-CATEGORY leaves a missing lead to SPEC-DISCIPLINE-MISSING', () => {
    const t = complete();
    first(t).leadDisciplineId = 'gone';
    expect(findingsOf('SPEC-LEAD-CATEGORY', t)).toEqual([]);
    expect(findingsOf('SPEC-DISCIPLINE-MISSING', t).map((f) => f.message)).toEqual(['专科「胸痛中心0-0」的牵头学科不存在（编号 gone）']);
  });
});

describe('specialty rules: province scale', () => {
  it('checks 1,600 specialties (400 hospitals, ~19,000 child rows) and reports exactly the planted gaps', () => {
    const t = complete(400);
    expect(t.specialties).toHaveLength(1600);
    t.specialties.forEach((s, i) => {
      if (i % 10 === 0) s.qcOfficer = null;
    });
    const leads = new Map<string, Discipline>(t.disciplines.map((d) => [d.id, d]));
    t.specialties.forEach((s, i) => {
      if (i % 25 === 0) leads.get(s.leadDisciplineId)!.category = 'PLATFORM';
    });
    const findings = SPECIALTY_RULES.flatMap((r) => r.run(t));
    const counts = new Map<string, number>();
    for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ 'SPEC-NO-QC-OFFICER': 160, 'SPEC-LEAD-CATEGORY': 64 });
  });
});
