import type { AllTables, Discipline, DisciplineCategory, Hospital, HospitalLevel, Membership } from '../domain/index.ts';
import { PLATFORM_NAMES, catalogueFor, type CatalogueEntry, type HospitalKind } from './catalogue.ts';
import { DEMO_HOSPITAL_NAME, generateDemo } from './demo.ts';
import { buildDiscipline } from './discipline.ts';
import { provinceExtras } from './province-extras.ts';
import { SAMPLE_BASE_DATE, createRandom, type Random } from './random.ts';

export const PROVINCE = '示例省';
export const CITIES = ['示例市', '东川市', '西岭市', '南湖市', '北源市', '青山市', '白水市', '金沙市', '云峰市', '临江市', '长宁市', '安平市'];
const COUNTIES_PER_CITY = 5;
const COUNTY_FIRST = ['永', '安', '平', '清', '新', '宁', '丰', '兴', '和', '德', '华', '泰'];
const COUNTY_SECOND = ['河', '山', '阳', '川', '源', '江', '城', '泽', '丘', '乐'];

type Range = readonly [number, number];
interface HospitalPlan {
  name: string;
  kind: HospitalKind;
  level: HospitalLevel;
  city: string;
  cityIndex: number;
  beds: Range;
  disciplines: Range;
  memberships: Membership[];
  /** Chance that each discipline measure 5 expects is present: county hospitals often lack 精神科 or 病理科. */
  expectedRate: number;
}

const SPECIALIZED: readonly { kind: HospitalKind; suffix: string; alliance: string }[] = [
  { kind: 'MATERNAL_CHILD', suffix: '妇幼保健院', alliance: '妇幼' },
  { kind: 'CHILDREN', suffix: '儿童医院', alliance: '儿科' },
  { kind: 'TUMOUR', suffix: '肿瘤医院', alliance: '肿瘤' },
  { kind: 'PSYCHIATRIC', suffix: '精神卫生中心', alliance: '精神' },
];

/** Size of a kind of hospital: bed range, discipline-count range, chance of each measure-5 discipline. */
const PROFILES = {
  tertiary: { beds: [1200, 3000], disciplines: [42, 50], expectedRate: 0.99 },
  cityTcm: { beds: [800, 1500], disciplines: [38, 48], expectedRate: 1 },
  district: { beds: [300, 600], disciplines: [35, 45], expectedRate: 0.9 },
  specialized: { beds: [400, 1200], disciplines: [28, 38], expectedRate: 1 },
  county: { beds: [500, 1200], disciplines: [38, 48], expectedRate: 0.93 },
  countyTcm: { beds: [200, 600], disciplines: [28, 38], expectedRate: 1 },
} as const satisfies Record<string, Pick<HospitalPlan, 'beds' | 'disciplines' | 'expectedRate'>>;

/** 17 hospitals per city: 3 tertiary general, a TCM hospital, a district hospital, 2 specialized, 5 counties × 2. */
function cityPlans(random: Random, city: string, cityIndex: number, counties: string[]): HospitalPlan[] {
  const plan = (name: string, kind: HospitalKind, level: HospitalLevel, profile: keyof typeof PROFILES, memberships: Membership[]) => ({
    name, kind, level, city, cityIndex, memberships, ...PROFILES[profile],
  });
  const group = (role: Membership['role']): Membership => ({ kind: '城市医疗集团', name: `${city}城市医疗集团`, role });
  const plans: HospitalPlan[] = [
    plan(`${city}第一人民医院`, 'GENERAL', '三级甲等', 'tertiary', [group('牵头单位')]),
    plan(`${city}第二人民医院`, 'GENERAL', '三级甲等', 'tertiary', [group('成员单位')]),
    plan(`${city}中心医院`, 'GENERAL', random.pick(['三级甲等', '三级乙等'] as const), 'tertiary', [group('成员单位')]),
    plan(`${city}中医医院`, 'TCM', '三级甲等', 'cityTcm', [group('成员单位')]),
    plan(`${city}城东区人民医院`, 'GENERAL', random.pick(['二级甲等', '二级'] as const), 'district', [group('成员单位')]),
  ];
  for (const offset of [0, 1]) {
    const special = SPECIALIZED[(cityIndex * 2 + offset) % SPECIALIZED.length]!;
    const alliance: Membership = { kind: '专科联盟', name: `${PROVINCE}${special.alliance}专科联盟`, role: '成员单位' };
    const level = random.pick(['三级甲等', '三级乙等', '二级甲等'] as const);
    plans.push(plan(`${city}${special.suffix}`, special.kind, level, 'specialized', [alliance]));
  }
  for (const county of counties) {
    const alliance = (role: Membership['role']): Membership => ({ kind: '县域医共体', name: `${county}县域医共体`, role });
    const level = random.chance(0.2) ? '三级乙等' : '二级甲等'; // the largest county hospitals have reached 三级
    plans.push(
      plan(`${county}人民医院`, 'GENERAL', level, 'county', [alliance('牵头单位')]),
      plan(`${county}中医医院`, 'TCM', random.pick(['二级甲等', '二级乙等'] as const), 'countyTcm', [alliance('成员单位')]),
    );
  }
  return plans;
}

function categorize(random: Random, entries: { name: string; isParent: boolean }[], plan: HospitalPlan): DisciplineCategory[] {
  const categories: DisciplineCategory[] = entries.map((e) => (PLATFORM_NAMES.has(e.name) ? 'PLATFORM' : 'BASIC'));
  // Umbrella departments (大内科) do not lead a 1+N group; some 二级 hospitals have no lead at all yet (四.6 INFO).
  const candidates = random.shuffle(entries.map((e, i) => (categories[i] === 'BASIC' && !e.isParent ? i : -1)).filter((i) => i >= 0));
  const noLead = plan.level.startsWith('二级') && random.chance(0.15);
  const advantage = noLead ? 0 : plan.level.startsWith('三级') ? random.int(2, 5) : random.int(1, 2);
  const keySupport = noLead ? 0 : random.int(1, 4);
  candidates.slice(0, advantage).forEach((i) => (categories[i] = 'ADVANTAGE'));
  candidates.slice(advantage, advantage + keySupport).forEach((i) => (categories[i] = 'KEY_SUPPORT'));
  return categories.map((c) => (random.chance(0.015) ? 'UNCLASSIFIED' : c));
}

const HOSPITAL_TYPE = { GENERAL: 'GENERAL', TCM: 'TCM' } as const;

function hospitalRecord(random: Random, plan: HospitalPlan, beds: number): Hospital {
  // A few hospitals have not filled in their profile yet, so the commission view has something to chase.
  const unfinished = random.chance(0.03);
  const serial = `${String(random.int(0, 9_999_999)).padStart(7, '0')}${random.pick([...'0123456789X'])}`;
  return {
    id: random.uuid(),
    updatedAt: SAMPLE_BASE_DATE,
    version: 1,
    name: plan.name,
    code: unfinished ? '' : `1237${String(plan.cityIndex + 1).padStart(2, '0')}00MB${serial}`,
    level: plan.level,
    type: plan.kind === 'GENERAL' || plan.kind === 'TCM' ? HOSPITAL_TYPE[plan.kind] : 'SPECIALIZED',
    province: PROVINCE,
    city: plan.city,
    beds: unfinished ? 0 : beds,
    memberships: plan.memberships,
  };
}

/** The hospital's disciplines by name, in catalogue order (every parent before its children). */
function pickEntries(random: Random, plan: HospitalPlan) {
  const { expected, optional } = catalogueFor(plan.kind);
  const present = expected.filter(() => random.chance(plan.expectedRate));
  const wanted = random.int(...plan.disciplines) - present.length;
  const extra = new Set(random.shuffle(optional).slice(0, Math.max(0, wanted)));
  const chosen: CatalogueEntry[] = [...present, ...optional.filter((e) => extra.has(e))];
  const parentNames = new Set(chosen.map((e) => e.parent));
  return chosen.map((e) => ({ name: random.pick(e.variants), parent: e.parent, isParent: e.variants.some((v) => parentNames.has(v)) }));
}

function generateHospital(seed: number, index: number, plan: HospitalPlan): Pick<AllTables, 'hospitals' | 'disciplines'> {
  const random = createRandom(seed, `province:${index}`);
  const beds = random.int(...plan.beds);
  const hospital = hospitalRecord(random, plan, beds);
  const entries = pickEntries(random, plan);
  const categories = categorize(random, entries, plan);
  // Wards share the hospital's beds; platform disciplines and umbrella departments have none of their own.
  const weights = entries.map((e, i) => (categories[i] === 'PLATFORM' || e.isParent ? 0 : 0.6 + random.next() * 0.8));
  const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;

  const context = { hospitalId: hospital.id, previousPlanRef: `《${plan.name}“十四五”学科建设规划》` };
  const ids = new Map<string, string>();
  const disciplines: Discipline[] = entries.map((entry, i) => {
    const bedCount = entry.name === '重症医学科' ? Math.round(beds * 0.02) : Math.round((beds * weights[i]!) / totalWeight);
    let staffCount = random.int(8, 60);
    if (entry.isParent) staffCount = random.int(3, 8);
    else if (bedCount > 0) staffCount = Math.round(bedCount * (1.1 + random.next() * 0.5)) + 4;
    const discipline = buildDiscipline(random, context, {
      name: entry.name,
      category: categories[i]!,
      parentId: entry.parent === null ? null : (ids.get(entry.parent) ?? null),
      staffCount,
      bedCount,
      unassessed: categories[i] !== 'UNCLASSIFIED' && random.chance(0.02),
    });
    ids.set(entry.name, discipline.id);
    return discipline;
  });
  return { hospitals: [hospital], disciplines };
}

/**
 * The province for commission-side work: the demo hospital plus ~200 generated ones (~8,000 disciplines), with
 * specialties, plans and director contracts sized for the timeline and scoring benchmarks (~50,000 rows).
 */
export function generateProvince(seed: number): AllTables {
  const random = createRandom(seed, 'province');
  const combos = COUNTY_FIRST.flatMap((a) => COUNTY_SECOND.map((b) => `${a}${b}县`));
  const counties = random.shuffle(combos);
  const result: AllTables = generateDemo(seed);
  let index = 0;
  CITIES.forEach((city, cityIndex) => {
    const plans = cityPlans(random, city, cityIndex, counties.slice(cityIndex * COUNTIES_PER_CITY, (cityIndex + 1) * COUNTIES_PER_CITY));
    for (const plan of plans) {
      if (plan.name === DEMO_HOSPITAL_NAME) continue; // the demo hospital itself stands in for it
      const part = generateHospital(seed, index, plan);
      result.hospitals.push(...part.hospitals);
      result.disciplines.push(...part.disciplines);
      provinceExtras(seed, index++, part.hospitals[0]!, part.disciplines, result);
    }
  });
  return result;
}
