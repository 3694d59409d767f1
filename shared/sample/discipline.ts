import {
  FACTOR_KEYS,
  FACTOR_LABELS,
  emptyFactors,
  type Discipline,
  type DisciplineCategory,
  type FactorAssessment,
  type FactorKey,
} from '../domain/index.ts';
import { personName } from './people.ts';
import { SAMPLE_BASE_DATE, type Random } from './random.ts';

export interface DisciplineSpec {
  name: string;
  category: DisciplineCategory;
  parentId: string | null;
  staffCount: number;
  bedCount: number;
  /** Leave the four factors and the rationale blank: a deliberate gap for the readiness check to find. */
  unassessed?: boolean;
}

export interface HospitalContext {
  hospitalId: string;
  previousPlanRef: string;
}

const STANDING = ['暂无市级以上重点专科', '省级专科联盟成员单位', '市级临床重点专科', '省级临床重点专科', '国家临床重点专科建设项目'];
const SURGICAL = /外科|骨科|妇产|产科|妇科|眼科|耳鼻|泌尿|乳腺|口腔|骨伤|肛肠|手术/;

/** Scores shaped by the category, so the classification reads as justified by the factors (measure 3). */
function scoresFor(random: Random, category: DisciplineCategory): Record<FactorKey, number> | null {
  // Choices per factor, in FACTOR_KEYS order: 发展水平, 行业地位, 人才队伍, 诊疗能力.
  const draw = (...choices: number[][]) =>
    Object.fromEntries(FACTOR_KEYS.map((key, i) => [key, random.pick(choices[i]!)])) as Record<FactorKey, number>;
  switch (category) {
    case 'UNCLASSIFIED':
      return null;
    case 'ADVANTAGE':
      return draw([4, 5, 5], [4, 5], [4, 4, 5], [4, 5, 5]);
    case 'KEY_SUPPORT': {
      const scores = draw([3, 4], [2, 3], [2, 3, 4], [3, 4]);
      scores[random.pick(FACTOR_KEYS)] = 2; // the weakness the support is meant to fix
      return scores;
    }
    default:
      return draw([2, 3, 4, 4], [2, 3, 3, 4], [3, 3, 4], [3, 4, 4, 5]);
  }
}

function evidence(random: Random, key: FactorKey, score: number, spec: DisciplineSpec): string {
  switch (key) {
    case 'developmentLevel':
      if (spec.bedCount === 0) return `年服务 ${(random.int(30, 150) / 10).toFixed(1)} 万人次，较上年增长 ${random.int(2, 15)}%`;
      return `年出院 ${spec.bedCount * random.int(30, 45)} 人次，CMI ${(0.7 + score * 0.15 + random.next() * 0.1).toFixed(2)}`;
    case 'industryStanding':
      return STANDING[score - 1] ?? '';
    case 'talentTeam': {
      const senior = Math.max(1, Math.round(spec.staffCount * (0.15 + 0.04 * score)));
      const phd = Math.round(spec.staffCount * 0.02 * score);
      const note = score >= 5 ? '，省级学术带头人 1 人' : score <= 2 ? '，带头人临近退休，梯队断层' : '';
      return `高级职称 ${senior} 人，博士 ${phd} 人${note}`;
    }
    case 'clinicalCapability':
      return SURGICAL.test(spec.name)
        ? `四级手术占比 ${10 + score * 6 + random.int(0, 4)}%，近三年新技术 ${score + random.int(0, 3)} 项`
        : `疑难危重病例占比 ${8 + score * 5 + random.int(0, 4)}%，近三年新技术 ${score + random.int(0, 3)} 项`;
  }
}

function rationale(random: Random, category: DisciplineCategory, scores: Record<FactorKey, number>): string {
  const sum = FACTOR_KEYS.reduce((total, key) => total + scores[key], 0);
  switch (category) {
    case 'BASIC':
      return random.pick([
        '就诊需求高、就诊量大，按基础学科持续提升服务能力（四.5）。',
        '承担常见病、多发病诊疗，满足基本看病就医需求，列为基础学科（四.5）。',
      ]);
    case 'PLATFORM':
      return '为临床各学科提供诊疗支撑，按平台学科强化专业技术水平（四.5）。';
    case 'ADVANTAGE':
      return `四项因素合计 ${sum}/20 分，${STANDING[scores.industryStanding - 1]}，可牵头组建“1+N”学科群（四.3、四.6）。`;
    case 'KEY_SUPPORT': {
      const weakest = FACTOR_KEYS.reduce((low, key) => (scores[key] < scores[low] ? key : low));
      return `区域就医需求大，但${FACTOR_LABELS[weakest]}较弱（${scores[weakest]} 分），列为重点扶持学科补齐短板（四.3）。`;
    }
    case 'UNCLASSIFIED':
      return '';
  }
}

export function buildDiscipline(random: Random, context: HospitalContext, spec: DisciplineSpec): Discipline {
  const id = random.uuid();
  const head = personName(random);
  const scores = spec.unassessed ? null : scoresFor(random, spec.category);
  const factors = emptyFactors();
  if (scores) {
    for (const key of FACTOR_KEYS) {
      const assessment: FactorAssessment = { score: scores[key], evidence: evidence(random, key, scores[key], spec) };
      factors[key] = assessment;
    }
  }
  return {
    id,
    updatedAt: SAMPLE_BASE_DATE,
    version: 1,
    hospitalId: context.hospitalId,
    name: spec.name,
    parentId: spec.parentId,
    head,
    staffCount: spec.staffCount,
    bedCount: spec.bedCount,
    category: spec.category,
    factors,
    rationale: scores ? rationale(random, spec.category, scores) : '',
    previousPlanRef: context.previousPlanRef,
  };
}
