import {
  GOAL_HORIZON_LABELS, MAJOR_DISEASE_AREAS, MANAGEMENT_LABELS, TALENT_ECHELONS, TALENT_ECHELON_LABELS, childrenOf, dependencyProblems,
  hasQcOfficer, leadCategoryProblem, leadReferenceProblem, leadTwiceProblem, milestonePeriodProblem, participantProblems, planPeriodDates,
  specialtyLookups, type ClinicalSpecialty, type GoalHorizon, type ManagementNotes, type SpecialtyLookups, type SpecialtyTableName,
  type SpecialtyTables,
} from '../domain/specialties/index.ts';
import type { Finding, Severity } from './types.ts';

/*
 * Readiness rules of issue 5 (measures 4, 6–13, the goals of 二 and the roadmap of 五.（一））.
 *
 * Not registered yet: AllTables has no specialty tables, and defineRule/Rule take AllTables. So the rules
 * here take SpecialtyTables and report targets in the specialty tables; both are shaped so that, once
 * SPECIALTY_TABLE_SCHEMAS is spread into TABLE_SCHEMAS, SPECIALTY_RULES is assignable to `readonly Rule[]`
 * and registers as `createRegistry(DISCIPLINE_RULES, HOSPITAL_RULES, SPECIALTY_RULES)` unchanged
 * (tests/unit/specialties-rules.test.ts checks that assignability against a stand-in for the future AllTables).
 */
export interface SpecialtyFindingTarget {
  table: SpecialtyTableName | 'hospitals' | 'disciplines';
  id: string;
  field?: string;
}
export type SpecialtyFinding = Omit<Finding, 'target'> & { target: SpecialtyFindingTarget };
export interface SpecialtyRule {
  id: string;
  severity: Severity;
  article: string;
  title: string;
  run(tables: SpecialtyTables): SpecialtyFinding[];
}
type Report = (message: string, target: SpecialtyFindingTarget, hospitalId: string | null) => void;
type Spec = Omit<SpecialtyRule, 'run'> & { check: (tables: SpecialtyTables, report: Report, l: SpecialtyLookups) => void };

/** defineRule (types.ts) for SpecialtyTables; the lookups are handed in because nearly every rule needs them. */
export function defineSpecialtyRule(spec: Spec): SpecialtyRule {
  const { check, ...meta } = spec;
  return {
    ...meta,
    run(tables) {
      const findings: SpecialtyFinding[] = [];
      const report: Report = (message, target, hospitalId) =>
        findings.push({ ruleId: meta.id, severity: meta.severity, article: meta.article, message, target, hospitalId });
      check(tables, report, specialtyLookups(tables));
      return findings;
    },
  };
}

const at = (s: ClinicalSpecialty, field?: string): SpecialtyFindingTarget => ({ table: 'specialties', id: s.id, ...(field ? { field } : {}) });

/** The common shape: look at each specialty on its own, report at most one sentence about it. */
function perSpecialty(
  meta: Omit<SpecialtyRule, 'run'>,
  problem: (s: ClinicalSpecialty, l: SpecialtyLookups) => { message: string; field?: string } | string | null,
): SpecialtyRule {
  return defineSpecialtyRule({
    ...meta,
    check(tables, report, l) {
      for (const s of tables.specialties) {
        const p = problem(s, l);
        if (p === null) continue;
        const { message, field } = typeof p === 'string' ? { message: p, field: undefined } : p;
        report(message, at(s, field), s.hospitalId);
      }
    },
  });
}

const blank = (value: string | null) => (value ?? '').trim() === '';
const missingNotes = (s: ClinicalSpecialty, keys: readonly (keyof ManagementNotes)[]) => keys.filter((k) => blank(s.management[k]));

function goalRule(horizon: Exclude<GoalHorizon, 'TERM'>, id: string): SpecialtyRule {
  const label = GOAL_HORIZON_LABELS[horizon];
  return perSpecialty({ id, severity: 'WARNING', article: '二', title: `缺少${label}建设目标` }, (s, l) =>
    childrenOf(l, 'goals', s.id).some((g) => g.horizon === horizon) ? null : `专科「${s.name}」缺少${label}建设目标（二、目标任务）`,
  );
}

function missingChildRule(
  meta: Omit<SpecialtyRule, 'run'>,
  table: 'coreDiseases' | 'resourceNeeds' | 'technologyProjects' | 'grassrootsActivities',
  what: string,
): SpecialtyRule {
  return perSpecialty(meta, (s, l) => (childrenOf(l, table, s.id).length > 0 ? null : `专科「${s.name}」尚未${what}（${meta.article}）`));
}

const leadCategory = perSpecialty({ id: 'SPEC-LEAD-CATEGORY', severity: 'BLOCKER', article: '四.6', title: '牵头学科不是优势学科或重点扶持学科' }, (s, l) => {
  const message = leadCategoryProblem(s, l.disciplines);
  return message && { message, field: 'leadDisciplineId' };
});

const disciplineMissing = defineSpecialtyRule({
  id: 'SPEC-DISCIPLINE-MISSING',
  severity: 'BLOCKER',
  article: '四.6',
  title: '“1+N”学科群引用的学科无效',
  check(tables, report, l) {
    for (const s of tables.specialties) {
      const lead = leadReferenceProblem(s, l.disciplines);
      if (lead) report(lead, at(s, 'leadDisciplineId'), s.hospitalId);
      for (const p of participantProblems(s, l.disciplines)) report(p, at(s, 'participantDisciplineIds'), s.hospitalId);
    }
  },
});

const noParticipant = perSpecialty({ id: 'SPEC-NO-PARTICIPANT', severity: 'BLOCKER', article: '四.6', title: '“1+N”学科群没有参与学科' }, (s) =>
  s.participantDisciplineIds.length > 0 ? null : { message: `专科「${s.name}」尚无参与学科，“1+N”学科群至少需要 1 个参与学科（四.6）`, field: 'participantDisciplineIds' },
);

/** Reported on every specialty after the first one a discipline leads, as DISC-DUPLICATE-NAME does. */
const leadTwice = perSpecialty({ id: 'SPEC-LEAD-TWICE', severity: 'WARNING', article: '四.6', title: '同一学科牵头多个专科' }, (s, l) => {
  const group = l.specialtiesByLead.get(s.leadDisciplineId) ?? [];
  if (group[0] === s) return null;
  const message = leadTwiceProblem(s, group, l.disciplines);
  return message && { message, field: 'leadDisciplineId' };
});

const noQcOfficer = perSpecialty({ id: 'SPEC-NO-QC-OFFICER', severity: 'BLOCKER', article: '四.11', title: '未设置质控专员' }, (s) =>
  hasQcOfficer(s) ? null : { message: `专科「${s.name}」尚未设置质控专员（四.11）`, field: 'qcOfficer' },
);

const noQcBaseline = defineSpecialtyRule({
  id: 'SPEC-NO-QC-BASELINE',
  severity: 'WARNING',
  article: '四.11',
  title: '质控指标缺少基线或年度目标',
  check(tables, report, l) {
    for (const s of tables.specialties) {
      const indicators = childrenOf(l, 'qcIndicators', s.id);
      if (indicators.length === 0) report(`专科「${s.name}」尚未设置质控指标及其基线和年度目标（四.11）`, at(s), s.hospitalId);
      for (const q of indicators) {
        const missing = [q.baseline === null && 'baseline', q.annualTargets.length === 0 && 'annualTargets'].filter((f) => f !== false);
        if (missing.length === 0) continue;
        const words = missing.map((f) => (f === 'baseline' ? '基线值' : '年度目标')).join('和');
        report(`专科「${s.name}」的质控指标「${q.name}」缺少${words}（四.11）`, { table: 'qcIndicators', id: q.id, field: missing[0]! }, s.hospitalId);
      }
    }
  },
});

const noManagement = perSpecialty({ id: 'SPEC-NO-MANAGEMENT', severity: 'INFO', article: '四.7', title: '专科管理制度未填写' }, (s) => {
  const notes = missingNotes(s, ['orgStructure', 'headDuties', 'headRights', 'headObligations']);
  const missing = [...(blank(s.headName) ? ['专科负责人'] : []), ...notes.map((k) => MANAGEMENT_LABELS[k])];
  if (missing.length === 0) return null;
  const field = blank(s.headName) ? 'headName' : `management.${notes[0]!}`;
  return { message: `专科「${s.name}」的管理制度未填写：${missing.join('、')}（四.7）`, field };
});

const noAllocation = perSpecialty({ id: 'SPEC-NO-ALLOCATION', severity: 'INFO', article: '四.8', title: '双聘与绩效分配未填写' }, (s) => {
  const missing = missingNotes(s, ['dualAppointment', 'performanceAllocation']);
  if (missing.length === 0) return null;
  return { message: `专科「${s.name}」未填写${missing.map((k) => MANAGEMENT_LABELS[k]).join('、')}（四.8）`, field: `management.${missing[0]!}` };
});

const noTalentEchelon = perSpecialty({ id: 'SPEC-NO-TALENT-ECHELON', severity: 'INFO', article: '四.9', title: '人才梯队不完整' }, (s, l) => {
  const present = new Set(childrenOf(l, 'talentEntries', s.id).map((t) => t.echelon));
  const missing = TALENT_ECHELONS.filter((e) => !present.has(e));
  return missing.length === 0 ? null : `专科「${s.name}」的人才梯队缺少${missing.map((e) => TALENT_ECHELON_LABELS[e]).join('、')}（四.9）`;
});

const noCulture = perSpecialty({ id: 'SPEC-NO-CULTURE', severity: 'INFO', article: '四.12', title: '专科文化未填写' }, (s) =>
  blank(s.management.culture) ? { message: `专科「${s.name}」尚未填写专科特色文化建设（四.12）`, field: 'management.culture' } : null,
);

const majorAreasUncovered = defineSpecialtyRule({
  id: 'SPEC-MAJOR-AREAS-UNCOVERED',
  severity: 'INFO',
  article: '四.4',
  title: '四类重大疾病领域未全部覆盖',
  check(tables, report, l) {
    // A 专科医院 (a tumour hospital) is not expected to cover all four; general and TCM hospitals are.
    for (const h of tables.hospitals) {
      if (h.type === 'SPECIALIZED') continue;
      const covered = new Set((l.specialtiesByHospital.get(h.id) ?? []).map((s) => s.diseaseArea));
      const missing = MAJOR_DISEASE_AREAS.filter((a) => !covered.has(a));
      if (missing.length > 0) report(`${h.name}尚无针对${missing.join('、')}的临床专科（四.4）`, { table: 'hospitals', id: h.id }, h.id);
    }
  },
});

const noPlan = defineSpecialtyRule({
  id: 'SPEC-NO-PLAN',
  severity: 'WARNING',
  article: '四.4',
  title: '尚未制定临床专科发展规划',
  check(tables, report, l) {
    for (const h of tables.hospitals) {
      if (!l.plansByHospital.has(h.id)) report(`${h.name}尚未制定临床专科发展规划（四.4）`, { table: 'hospitals', id: h.id }, h.id);
    }
  },
});

const milestoneOutsidePlan = defineSpecialtyRule({
  id: 'SPEC-MILESTONE-OUTSIDE-PLAN',
  severity: 'BLOCKER',
  article: '五.（一）',
  title: '路线图任务超出规划期',
  check(tables, report, l) {
    for (const m of tables.milestones) {
      const s = l.specialties.get(m.specialtyId);
      const periods = (s && l.plansByHospital.get(s.hospitalId)?.map((p) => p.period)) ?? [];
      const message = milestonePeriodProblem(m, periods);
      if (!message || !s) continue;
      const startsInside = periods.some((p) => m.start >= planPeriodDates(p).start);
      report(message, { table: 'milestones', id: m.id, field: startsInside ? 'end' : 'start' }, s.hospitalId);
    }
  },
});

const milestoneDependency = defineSpecialtyRule({
  id: 'SPEC-MILESTONE-DEPENDENCY',
  severity: 'WARNING',
  article: '五.（一）',
  title: '路线图任务的前置关系有误',
  check(tables, report, l) {
    const specialtyOf = new Map(tables.milestones.map((m) => [m.id, m.specialtyId]));
    for (const { id, problem } of dependencyProblems(tables.milestones)) {
      const hospitalId = l.specialties.get(specialtyOf.get(id) ?? '')?.hospitalId ?? null;
      report(problem, { table: 'milestones', id, field: 'dependsOn' }, hospitalId);
    }
  },
});

/** Every specialty readiness rule, in the order the panel lists them within a severity. */
export const SPECIALTY_RULES: readonly SpecialtyRule[] = [
  leadCategory,
  disciplineMissing,
  noParticipant,
  noQcOfficer,
  milestoneOutsidePlan,
  leadTwice,
  missingChildRule({ id: 'SPEC-NO-CORE-DISEASE', severity: 'WARNING', article: '四.4', title: '未确定核心病种' }, 'coreDiseases', '确定核心病种（ICD-10）'),
  goalRule('END_2025', 'SPEC-NO-GOAL-2025'),
  goalRule('Y2030', 'SPEC-NO-GOAL-2030'),
  noQcBaseline,
  noPlan,
  milestoneDependency,
  majorAreasUncovered,
  missingChildRule({ id: 'SPEC-NO-RESOURCE-NEED', severity: 'INFO', article: '四.6', title: '未梳理要素需求' }, 'resourceNeeds', '梳理人员、设备设施、医疗技术、药品、器械等要素需求'),
  noManagement,
  noAllocation,
  noTalentEchelon,
  missingChildRule({ id: 'SPEC-NO-TECH', severity: 'INFO', article: '四.10', title: '未规划技术项目' }, 'technologyProjects', '规划微创、新诊疗模式、前沿技术或成果转化项目'),
  noCulture,
  missingChildRule({ id: 'SPEC-NO-GRASSROOTS', severity: 'INFO', article: '四.13', title: '未安排基层帮扶' }, 'grassrootsActivities', '安排培训、远程医疗、下沉或巡诊等基层帮扶'),
];
