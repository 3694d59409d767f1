import { emptyTables, type AllTables, type DisciplineCategory, type Hospital } from '../domain/index.ts';
import { demoExtras } from './demo-extras.ts';
import { buildDiscipline } from './discipline.ts';
import { SAMPLE_BASE_DATE, createRandom } from './random.ts';

export const DEMO_HOSPITAL_NAME = '示例市第一人民医院';
/** The deliberate gaps (domain.md, "Demo hospital"), named so tests and docs can point at them. */
export const DEMO_UNCLASSIFIED = '日间手术中心';
export const DEMO_UNASSESSED_ADVANTAGE = '神经外科';

const C = { B: 'BASIC', P: 'PLATFORM', A: 'ADVANTAGE', K: 'KEY_SUPPORT', U: 'UNCLASSIFIED' } as const satisfies Record<
  string,
  DisciplineCategory
>;

/**
 * [name, category, parent name, staff, beds]. Beds add up to the hospital's 2,200; 内科 and 外科 are the
 * umbrella departments (大内科/大外科) whose wards belong to their sub-disciplines.
 */
const DEMO_DISCIPLINES: readonly [string, keyof typeof C, string | null, number, number][] = [
  ['内科', 'B', null, 6, 0],
  ['心血管内科', 'A', '内科', 96, 150],
  ['呼吸与危重症医学科', 'A', '内科', 82, 130],
  ['消化内科', 'B', '内科', 64, 100],
  ['内分泌科', 'K', '内科', 42, 70],
  ['神经内科', 'A', '内科', 78, 130],
  ['肾内科', 'B', '内科', 40, 60],
  ['血液内科', 'B', '内科', 36, 50],
  ['肿瘤内科', 'K', '内科', 52, 90],
  ['风湿免疫科', 'B', '内科', 20, 30],
  ['老年医学科', 'B', '内科', 34, 60],
  ['外科', 'B', null, 5, 0],
  ['普通外科', 'B', '外科', 70, 120],
  ['骨科', 'A', '外科', 88, 140],
  [DEMO_UNASSESSED_ADVANTAGE, 'A', '外科', 60, 90],
  ['心脏大血管外科', 'K', '外科', 38, 45],
  ['胸外科', 'K', '外科', 40, 55],
  ['泌尿外科', 'B', '外科', 48, 70],
  ['肝胆胰外科', 'B', '外科', 44, 65],
  ['甲状腺乳腺外科', 'B', '外科', 30, 45],
  ['妇产科', 'B', null, 96, 140],
  ['儿科', 'B', null, 70, 100],
  ['新生儿科', 'B', '儿科', 40, 40],
  ['急诊医学科', 'B', null, 86, 40],
  ['精神心理科', 'B', null, 24, 40],
  ['麻醉科', 'P', null, 78, 0],
  ['医学影像科', 'P', null, 72, 0],
  ['检验科', 'P', null, 60, 0],
  ['重症医学科', 'P', null, 66, 50],
  ['病理科', 'P', null, 28, 0],
  ['超声医学科', 'P', null, 36, 0],
  ['核医学科', 'P', null, 14, 10],
  ['输血科', 'P', null, 10, 0],
  ['眼科', 'B', null, 30, 35],
  ['耳鼻咽喉头颈外科', 'B', null, 32, 45],
  ['口腔科', 'B', null, 28, 10],
  ['皮肤科', 'B', null, 18, 20],
  ['康复医学科', 'K', null, 40, 60],
  ['中医科', 'B', null, 22, 30],
  ['感染性疾病科', 'B', null, 30, 40],
  ['全科医学科', 'B', null, 20, 20],
  [DEMO_UNCLASSIFIED, 'U', null, 12, 20],
];

/** The demo hospital of domain.md; the province sample embeds exactly this hospital (same seed, same ids). */
export function generateDemo(seed: number): AllTables {
  const random = createRandom(seed, 'demo');
  const hospital: Hospital = {
    id: random.uuid(),
    updatedAt: SAMPLE_BASE_DATE,
    version: 1,
    name: DEMO_HOSPITAL_NAME,
    code: '12379900MB1234567X',
    level: '三级甲等',
    type: 'GENERAL',
    province: '示例省',
    city: '示例市',
    beds: 2200,
    memberships: [
      { kind: '城市医疗集团', name: '示例市城市医疗集团', role: '牵头单位' },
      { kind: '专科联盟', name: '示例省心血管专科联盟', role: '成员单位' },
      { kind: '远程医疗协作网', name: '示例市远程医疗协作网', role: '牵头单位' },
    ],
  };
  const context = { hospitalId: hospital.id, previousPlanRef: `《${DEMO_HOSPITAL_NAME}“十四五”学科建设规划》` };
  const ids = new Map<string, string>();
  const disciplines = DEMO_DISCIPLINES.map(([name, code, parent, staffCount, bedCount]) => {
    const parentId = parent === null ? null : (ids.get(parent) ?? null);
    const discipline = buildDiscipline(random, context, {
      name,
      category: C[code],
      parentId,
      staffCount,
      bedCount,
      unassessed: name === DEMO_UNASSESSED_ADVANTAGE,
    });
    ids.set(name, discipline.id);
    return discipline;
  });
  // Specialties, the plan and contracts draw from their own streams, so the disciplines above keep their values.
  return { ...emptyTables(), hospitals: [hospital], disciplines, ...demoExtras(seed, hospital.id, DEMO_HOSPITAL_NAME, disciplines) };
}
