import {
  FUNDING_SOURCES,
  findIcd10,
  type ClinicalSpecialty,
  type Discipline,
  type Milestone,
  type MilestoneStatus,
  type SpecialtyTableRows,
  type TalentEntry,
} from '../domain/index.ts';
import { personName } from './people.ts';
import { SAMPLE_BASE_DATE, type Random } from './random.ts';
import { GRASSROOTS_PARTNERS, goalSeeds, managementNotes, resourceSeeds, roadmap } from './specialty-text.ts';
import { EXTRA_ICD_NAMES, type SpecialtyTheme } from './specialty-themes.ts';

/** The day the sample is "seen" from: tasks ending before it and not done are overdue (isOverdue). */
export const SAMPLE_TODAY = '2026-11-23';

export type SpecialtyRows = Omit<SpecialtyTableRows, 'plans'>;

export function emptySpecialtyRows(): SpecialtyRows {
  return {
    specialties: [], coreDiseases: [], goals: [], resourceNeeds: [], technologyProjects: [], talentEntries: [],
    grassrootsActivities: [], qcIndicators: [], milestones: [],
  };
}

export interface SpecialtyInput {
  hospitalId: string;
  theme: SpecialtyTheme;
  name: string;
  lead: Discipline;
  participants: readonly Discipline[];
  /** False for the deliberate gap (四.11): the 质控专员 is not appointed yet. */
  withQcOfficer: boolean;
  /** Indexes of roadmap tasks left unfinished past their end date. */
  overdue: ReadonlySet<number>;
  /** 1 for a county hospital, 2 for a large one: staff and budget figures scale with it. */
  scale: number;
  /** The demo carries every technology project and 5 years of needs; the province keeps rows lean. */
  rich: boolean;
}

const meta = (random: Random) => ({ id: random.uuid(), updatedAt: SAMPLE_BASE_DATE, version: 1 });

function statusOf(start: string, end: string, overdue: boolean): MilestoneStatus {
  if (start > SAMPLE_TODAY) return 'PLANNED';
  if (end >= SAMPLE_TODAY) return 'IN_PROGRESS';
  return overdue ? (start > '2026-01-01' ? 'PLANNED' : 'IN_PROGRESS') : 'DONE';
}

function talent(random: Random, s: ClinicalSpecialty, input: SpecialtyInput): TalentEntry[] {
  const row = (echelon: TalentEntry['echelon'], title: string, recruitment: TalentEntry['recruitment'], home: Discipline | null, plan: string): TalentEntry => ({
    ...meta(random), specialtyId: s.id, personName: personName(random), title, echelon, recruitment, homeDisciplineId: home?.id ?? null, trainingPlan: plan,
  });
  const partner = input.participants[0] ?? null;
  const rows = [
    { ...row('LEADING', '主任医师、教授', '全职', input.lead, '担任专科带头人，牵头申报省级临床重点专科和省级科研项目'), personName: s.headName },
    row('LEADING', '主任医师', random.pick(['机构双聘', '多点执业', '战略合作'] as const), null, '柔性引进省级医院专家，每月来院坐诊、手术带教不少于 4 天'),
    row('BACKBONE', '副主任医师', '全职', input.lead, '赴国家医学中心进修 6 个月，独立开展四级手术（介入）'),
    row('BACKBONE', '副主任医师', '机构双聘', partner, '学科专科双聘，负责专科 MDT 与影像/病理支撑'),
    row('RESERVE', '主治医师', '全职', input.lead, '完成专科医师规范化培训，参与专科临床研究'),
  ];
  return input.rich ? rows : [rows[0]!, rows[3]!, rows[4]!];
}

/** One specialty with all its child rows, shaped as a complete, realistic plan entry. */
export function buildSpecialty(random: Random, input: SpecialtyInput, into: SpecialtyRows): ClinicalSpecialty {
  const { theme, lead, rich } = input;
  const headName = lead.head || personName(random);
  const specialty: ClinicalSpecialty = {
    ...meta(random),
    hospitalId: input.hospitalId,
    name: input.name,
    type: theme.type,
    diseaseArea: theme.area,
    diseaseAreaLabel: theme.label ?? '',
    leadDisciplineId: lead.id,
    participantDisciplineIds: input.participants.map((d) => d.id),
    headName,
    qcOfficer: input.withQcOfficer ? personName(random) : null,
    management: managementNotes({ name: input.name, lead: lead.name, participants: input.participants.map((d) => d.name), head: headName }),
  };
  const specialtyId = specialty.id;
  into.specialties.push(specialty);

  const codes = rich ? theme.codes : theme.codes.slice(0, 3);
  for (const code of codes) into.coreDiseases.push({ ...meta(random), specialtyId, icd10Code: code, name: findIcd10(code)?.name ?? EXTRA_ICD_NAMES[code] ?? code });

  const goals = goalSeeds(theme).map((g) => ({ ...meta(random), specialtyId, horizon: g.horizon, statement: g.statement, kpiId: g.kpiId, targetValue: g.value, unit: g.unit }));
  into.goals.push(...goals);

  const years = rich ? [2024, 2025, 2026] : [2025];
  for (const [element, item, unit, current, required, budget] of resourceSeeds(theme, input.scale)) {
    for (const year of element === '设备设施' ? [years[0]!] : years) {
      const fundingSource = element === '设备设施' ? '财政' : element === '人员' ? '自筹' : random.pick(FUNDING_SOURCES);
      const share = element === '设备设施' ? 1 : 1 / years.length;
      into.resourceNeeds.push({
        ...meta(random), specialtyId, element, item, current, required, unit, year, fundingSource,
        budget: Math.round(budget * share * (0.8 + random.next() * 0.4) * 10) / 10, notes: element === '设备设施' ? '纳入医院年度设备采购计划' : '',
      });
    }
  }

  const tech = rich ? theme.tech : theme.tech.slice(0, 2);
  tech.forEach(([name, type, subtype], i) => {
    const stage = (['开展', '论证', '规划', '转化'] as const)[Math.min(i, 3)]!;
    into.technologyProjects.push({ ...meta(random), specialtyId, name, type, subtype, stage, year: 2024 + i, notes: i === 0 ? '已通过医院医疗技术临床应用管理委员会审批' : '' });
  });

  into.talentEntries.push(...talent(random, specialty, input));

  const partners = random.shuffle(GRASSROOTS_PARTNERS).slice(0, rich ? 2 : 1);
  const kinds = ['下沉', '远程医疗', '培训', '巡诊'] as const;
  partners.forEach((partner, i) => {
    const kind = kinds[(i + (rich ? 0 : random.int(0, 3))) % kinds.length]!;
    const base = kind === '远程医疗' ? 60 : kind === '巡诊' ? 12 : 20;
    const plannedCounts = [2024, 2025, 2026, 2027, 2028].map((year, k) => ({ year, count: base + k * Math.ceil(base / 10) }));
    into.grassrootsActivities.push({ ...meta(random), specialtyId, kind, partner, plannedCounts, notes: `${input.name}对口帮扶` });
  });

  theme.qc.forEach(([name, unit, direction, baseline, step], i) => {
    const at = (k: number) => Math.round((baseline + step * k) * 10) / 10;
    const annualTargets = [2024, 2025, 2026, 2027, 2028].map((year, k) => ({ year, value: at(k + 1) }));
    // 2024 observed for every indicator, without drawing random numbers (the rest of the sample stays as it
    // was): met, half-way from the baseline, or slipped back — picked by the name, so every specialty varies
    // and the 质控指标 page shows all three.
    const observed = [at(1), at(0.5), at(-0.5)][(i + name.length) % 3]!;
    const observations = [{ year: 2024, value: observed }];
    into.qcIndicators.push({ ...meta(random), specialtyId, name, unit, direction, baseline: { year: 2023, value: baseline }, annualTargets, observations });
  });

  const goalIds = new Map(goals.map((g) => [g.horizon, g.id]));
  const tasks: Milestone[] = [];
  roadmap(theme).forEach((task, i) => {
    tasks.push({
      ...meta(random), specialtyId, title: task.title, start: task.start, end: task.end,
      owner: i === 0 ? headName : personName(random),
      dependsOn: task.dependsOn.map((d) => tasks[d]!.id),
      status: statusOf(task.start, task.end, input.overdue.has(i)),
      goalId: task.goal ? (goalIds.get(task.goal) ?? null) : null,
    });
  });
  into.milestones.push(...tasks);
  return specialty;
}
