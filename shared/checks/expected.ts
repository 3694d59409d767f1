import {
  EXPECTED_BASIC_DISCIPLINES,
  EXPECTED_PLATFORM_DISCIPLINES,
  type Discipline,
  type Hospital,
} from '../domain/index.ts';

/**
 * Measure 5 names kinds of service (内科, 急诊, 影像 …), not department names, and hospitals spell them many
 * ways (急诊医学科, 医学影像科, 放射科, 精神心理科). The matching rule: a hospital has an expected discipline when
 * ANY of its disciplines, sub-disciplines included, has a name containing one of the listed fragments. So
 * 心血管内科 shows 内科 service, 放射科 shows 影像, 心理卫生科 shows 精神科. The category does not matter:
 * an unclassified 病理科 still exists (the unclassified rule reports it separately).
 */
export interface ExpectedDiscipline {
  /** The word in measure 5 (EXPECTED_BASIC_DISCIPLINES / EXPECTED_PLATFORM_DISCIPLINES). */
  term: string;
  kind: 'BASIC' | 'PLATFORM';
  /** The usual department name, used in messages. */
  label: string;
  fragments: readonly string[];
}

const SPELLINGS: Record<string, { label: string; fragments: string[] }> = {
  内科: { label: '内科', fragments: ['内科'] },
  外科: { label: '外科', fragments: ['外科'] },
  妇产科: { label: '妇产科', fragments: ['妇产', '产科'] },
  儿科: { label: '儿科', fragments: ['儿科', '小儿', '新生儿'] },
  急诊: { label: '急诊医学科', fragments: ['急诊'] },
  精神科: { label: '精神科', fragments: ['精神', '心理'] },
  麻醉: { label: '麻醉科', fragments: ['麻醉'] },
  影像: { label: '医学影像科', fragments: ['影像', '放射科'] },
  检验: { label: '检验科', fragments: ['检验'] },
  重症: { label: '重症医学科', fragments: ['重症', 'ICU'] },
  病理: { label: '病理科', fragments: ['病理'] },
};

function describe(term: string, kind: ExpectedDiscipline['kind']): ExpectedDiscipline {
  // A term added to the domain list without a spelling here still works, matched by the term itself.
  const spelling = SPELLINGS[term] ?? { label: term, fragments: [term] };
  return { term, kind, ...spelling };
}

export const EXPECTED_DISCIPLINES: readonly ExpectedDiscipline[] = [
  ...EXPECTED_BASIC_DISCIPLINES.map((term) => describe(term, 'BASIC')),
  ...EXPECTED_PLATFORM_DISCIPLINES.map((term) => describe(term, 'PLATFORM')),
];

export function matchesExpected(name: string, expected: ExpectedDiscipline): boolean {
  return expected.fragments.some((fragment) => name.includes(fragment));
}

/** Measure 5 addresses 二级以上综合医院: general hospitals graded 二级 or 三级 (not 一级, not 未定级). */
export function expectsMeasure5(hospital: Hospital): boolean {
  return hospital.type === 'GENERAL' && (hospital.level.startsWith('二级') || hospital.level.startsWith('三级'));
}

/** The expected disciplines none of `disciplines` provides. */
export function missingExpected(disciplines: readonly Discipline[]): ExpectedDiscipline[] {
  return EXPECTED_DISCIPLINES.filter((expected) => !disciplines.some((d) => matchesExpected(d.name, expected)));
}
