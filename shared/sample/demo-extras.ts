import type { ClinicalSpecialty, ContractStatus, Discipline, Plan, SelectionMode } from '../domain/index.ts';
import { buildContract, emptyContractRows, templateFor, type ContractRows, type ContractSpec } from './contracts.ts';
import { personName } from './people.ts';
import { demoPlan } from './plan.ts';
import { createRandom } from './random.ts';
import { buildSpecialty, emptySpecialtyRows, type SpecialtyRows } from './specialties.ts';
import { DEMO_THEMES } from './specialty-themes.ts';

/** The demo specialty whose 质控专员 is not appointed yet (SPEC-NO-QC-OFFICER, a deliberate gap). */
export const DEMO_NO_QC_OFFICER = '骨质疏松与代谢性骨病专科';
/** The draft contract whose weights add up to 95 (the deliberate edge case of domain.md). */
export const DEMO_WEIGHT_95_UNIT = '慢阻肺专科';

/** Roadmap tasks left unfinished past their end date, per specialty index: the timeline shows them red. */
const OVERDUE: Record<number, number[]> = { 2: [6], 5: [4], 6: [3, 6] };

export interface DemoExtras extends SpecialtyRows, ContractRows {
  plans: Plan[];
}

function demoSpecialties(seed: number, hospitalId: string, byName: ReadonlyMap<string, Discipline>): SpecialtyRows {
  const random = createRandom(seed, 'demo:specialties');
  const rows = emptySpecialtyRows();
  DEMO_THEMES.forEach((theme, i) => {
    const lead = byName.get(theme.lead);
    if (!lead) throw new Error(`demo: no discipline ${theme.lead}`);
    buildSpecialty(random, {
      hospitalId, theme, name: theme.name, lead,
      participants: theme.participants.map((n) => byName.get(n)).filter((d): d is Discipline => d !== undefined),
      withQcOfficer: theme.name !== DEMO_NO_QC_OFFICER,
      overdue: new Set(OVERDUE[i] ?? []),
      scale: 2,
      rich: true,
    }, rows);
  });
  return rows;
}

type Row = [unit: string, status: ContractStatus, first: number, mode: SelectionMode, extra?: Partial<ContractSpec>];
const missing = { missingRate: 0.15 };
/** Every actual entered, but the assessor has not yet given the qualitative score (待定性评分). */
const awaitingAssessor = { qualitative: false };

/** ~20 contracts in every status (domain.md): terms 2021–2025 assessed, the current ones active, the next in draft. */
const CONTRACTS: Row[] = [
  ['心血管内科', 'ASSESSED', 2021, 'APPOINTMENT'],
  ['呼吸与危重症医学科', 'ASSESSED', 2021, 'APPOINTMENT'],
  ['麻醉科', 'ASSESSED', 2021, 'APPOINTMENT'],
  ['神经内科', 'ACTIVE', 2022, 'COMPETITION', { amendment: { date: '2024-07-01', note: '根据 DRG 付费改革，提高 CMI 权重、降低出院人次权重', shift: 4 } }],
  ['骨科', 'ACTIVE', 2022, 'COMPETITION', missing],
  ['检验科', 'ACTIVE', 2022, 'COMPETITION'],
  ['医学影像科', 'ACTIVE', 2023, 'COMPETITION'],
  ['重症医学科', 'ACTIVE', 2023, 'COMPETITION'],
  ['普通外科', 'ACTIVE', 2024, 'COMPETITION', missing],
  ['急诊医学科', 'ACTIVE', 2024, 'APPOINTMENT', awaitingAssessor],
  ['胸痛中心（心血管病专科）', 'ACTIVE', 2024, 'OPEN_CALL'],
  ['卒中中心（脑血管病专科）', 'ACTIVE', 2024, 'OPEN_CALL'],
  ['泌尿外科', 'TERMINATED', 2023, 'COMPETITION', { terminated: { from: 'ACTIVE', date: '2025-08-31', note: '科主任调任医院副院长，岗位调整，原责任书终止' } }],
  ['肿瘤内科', 'TERMINATED', 2024, 'APPOINTMENT', { terminated: { from: 'UNDER_REVIEW', date: '2023-12-15', note: '科主任选拔改为揭榜挂帅，原责任书草案终止' } }],
  ['肺癌专科', 'SIGNED', 2027, 'OPEN_CALL'],
  ['消化道肿瘤专科', 'SIGNED', 2027, 'OPEN_CALL'],
  ['胸外科', 'UNDER_REVIEW', 2027, 'COMPETITION'],
  ['内分泌科', 'UNDER_REVIEW', 2027, 'COMPETITION'],
  ['糖尿病专科', 'DRAFT', 2027, 'OPEN_CALL'],
  [DEMO_WEIGHT_95_UNIT, 'DRAFT', 2027, 'OPEN_CALL', { weightGap: 5 }],
  ['康复医学科', 'DRAFT', 2027, 'COMPETITION'],
];

/** Years with values: inside the term, up to 2025, and for a terminated contract only before it ended. */
function actualYears(first: number, last: number, spec: Partial<ContractSpec>, status: ContractStatus): number[] {
  if (status === 'DRAFT' || status === 'UNDER_REVIEW' || status === 'SIGNED') return [];
  const end = spec.terminated ? Math.min(last, Number(spec.terminated.date.slice(0, 4)) - 1) : Math.min(last, 2025);
  if (spec.terminated?.from !== undefined && spec.terminated.from !== 'ACTIVE') return [];
  const years: number[] = [];
  for (let y = first; y <= end; y++) years.push(y);
  return years;
}

function demoContracts(seed: number, hospitalId: string, byName: ReadonlyMap<string, Discipline>, specialties: readonly ClinicalSpecialty[]): ContractRows {
  const random = createRandom(seed, 'demo:contracts');
  const rows = emptyContractRows();
  const president = personName(random);
  const clerk = personName(random);
  const leadOf = new Map(specialties.map((s) => [s.name, s]));
  const byId = new Map([...byName.values()].map((d) => [d.id, d]));
  for (const [name, status, first, selectionMode, extra = {}] of CONTRACTS) {
    const specialty = leadOf.get(name);
    const discipline = specialty ? byId.get(specialty.leadDisciplineId) : byName.get(name);
    if (!discipline) throw new Error(`demo: no unit ${name}`);
    const last = first + 4;
    buildContract(random, {
      hospitalId, president, clerk, status, selectionMode, first, last,
      unit: specialty ? { kind: 'SPECIALTY', id: specialty.id, name } : { kind: 'DISCIPLINE', id: discipline.id, name },
      director: specialty?.headName ?? discipline.head,
      template: templateFor(discipline.name, discipline.category === 'PLATFORM'),
      actualYears: actualYears(first, last, extra, status),
      missingRate: 0,
      qualitative: true,
      ...extra,
    }, rows);
  }
  return rows;
}

/** The demo hospital's specialties, plan and contracts; each from its own random stream. */
export function demoExtras(seed: number, hospitalId: string, hospitalName: string, disciplines: readonly Discipline[]): DemoExtras {
  const byName = new Map(disciplines.map((d) => [d.name, d]));
  const specialties = demoSpecialties(seed, hospitalId, byName);
  const plan = demoPlan(createRandom(seed, 'demo:plan'), hospitalId, hospitalName, specialties.specialties.map((s) => s.name));
  return { ...specialties, plans: [plan], ...demoContracts(seed, hospitalId, byName, specialties.specialties) };
}
