import type { ContractStatus, Discipline, Hospital, Plan } from '../domain/index.ts';
import { buildContract, templateFor, type ContractRows } from './contracts.ts';
import { personName } from './people.ts';
import { provincePlan } from './plan.ts';
import { createRandom, type Random } from './random.ts';
import { SAMPLE_TODAY, buildSpecialty, type SpecialtyRows } from './specialties.ts';
import { PROVINCE_THEMES, type SpecialtyTheme } from './specialty-themes.ts';

export interface ProvinceRows extends SpecialtyRows, ContractRows {
  plans: Plan[];
}

const LEADS: readonly Discipline['category'][] = ['ADVANTAGE', 'KEY_SUPPORT'];
/** A 1+N group's usual members, with the names 二级 hospitals use for them. */
const ALIASES: Record<string, string> = { 医学影像科: '放射科', 检验科: '医学检验科', 急诊医学科: '急诊科' };
const TASKS_ENDING_BEFORE_TODAY = [0, 1, 2, 3, 4, 5, 6];

function participantsFor(random: Random, theme: SpecialtyTheme, lead: Discipline, byName: ReadonlyMap<string, Discipline>, platform: readonly Discipline[]) {
  const found = theme.participants
    .map((n) => byName.get(n) ?? byName.get(ALIASES[n] ?? ''))
    .filter((d): d is Discipline => d !== undefined && d.id !== lead.id);
  if (found.length > 0) return found.slice(0, 4);
  return random.shuffle(platform).slice(0, 2);
}

/**
 * Specialties of a general or TCM hospital (5–8 for 三级, 3–6 for 二级): one per lead discipline whose name matches a
 * theme, each theme once. Hospitals without 优势/重点扶持 disciplines have none yet.
 */
function specialties(random: Random, hospital: Hospital, disciplines: readonly Discipline[], into: ProvinceRows): void {
  const tertiary = hospital.level.startsWith('三级');
  const wanted = tertiary ? random.int(5, 8) : random.int(3, 6);
  const byName = new Map(disciplines.map((d) => [d.name, d]));
  const platform = disciplines.filter((d) => d.category === 'PLATFORM');
  const used = new Set<SpecialtyTheme>();
  let made = 0;
  for (const lead of random.shuffle(disciplines.filter((d) => LEADS.includes(d.category)))) {
    if (made >= wanted) break;
    const theme = PROVINCE_THEMES.find((t) => !used.has(t) && t.leads.test(lead.name));
    if (!theme) continue;
    used.add(theme);
    const participants = participantsFor(random, theme, lead, byName, platform);
    if (participants.length === 0) continue;
    const overdue = new Set(TASKS_ENDING_BEFORE_TODAY.filter(() => random.chance(0.08)));
    buildSpecialty(random, {
      hospitalId: hospital.id, theme, name: theme.name, lead, participants, overdue,
      withQcOfficer: random.chance(0.95), scale: tertiary ? 2 : 1, rich: false,
    }, into);
    made++;
  }
  if (made > 0 && random.chance(0.85)) into.plans.push(provincePlan(random, hospital.id, hospital.name, hospital.name.slice(0, 2)));
}

const TERMS = [2023, 2024] as const;

/** Two director contracts: a clinical lead discipline and a platform discipline, mostly in their term. */
function contracts(random: Random, hospital: Hospital, disciplines: readonly Discipline[], into: ProvinceRows): void {
  const clinical = disciplines.filter((d) => d.bedCount > 0 && d.category !== 'PLATFORM' && d.category !== 'UNCLASSIFIED');
  const platform = disciplines.filter((d) => d.category === 'PLATFORM');
  const leads = clinical.filter((d) => LEADS.includes(d.category));
  const units = [random.pick(leads.length > 0 ? leads : clinical), platform.length > 0 ? random.pick(platform) : undefined];
  const president = personName(random);
  const clerk = personName(random);
  for (const unit of units) {
    if (!unit) continue;
    const status: ContractStatus = random.chance(0.85) ? 'ACTIVE' : random.pick(['SIGNED', 'UNDER_REVIEW', 'DRAFT'] as const);
    const first = status === 'ACTIVE' ? random.pick(TERMS) : 2027; // the next term is what is still being agreed
    const years = status === 'ACTIVE' ? [first, first + 1, first + 2].filter((y) => y <= 2025 && `${y}-12-31` < SAMPLE_TODAY) : [];
    buildContract(random, {
      hospitalId: hospital.id, president, clerk, status, first, last: first + 4,
      unit: { kind: 'DISCIPLINE', id: unit.id, name: unit.name }, director: unit.head,
      template: templateFor(unit.name, unit.category === 'PLATFORM'),
      selectionMode: random.pick(['COMPETITION', 'APPOINTMENT', 'OPEN_CALL'] as const),
      actualYears: years, missingRate: 0.04, qualitative: true,
    }, into);
  }
}

/** Specialties, plan and contracts of one province hospital, from streams of their own. */
export function provinceExtras(seed: number, index: number, hospital: Hospital, disciplines: readonly Discipline[], into: ProvinceRows): void {
  if (hospital.type !== 'SPECIALIZED') specialties(createRandom(seed, `specialties:${index}`), hospital, disciplines, into);
  contracts(createRandom(seed, `contracts:${index}`), hospital, disciplines, into);
}
