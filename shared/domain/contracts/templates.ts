import type { CustomKpi } from '../kpi/types.ts';
import { termYears, type ContractTerm } from './contract.ts';
import { createTarget, type ContractClauses } from './create.ts';
import { jsonCopy } from './fields.ts';
import type { AnnualTarget, ContractTarget, ScoringRule } from './target.ts';

export const CONTRACT_TEMPLATE_IDS = ['GENERAL_CLINICAL', 'SURGICAL', 'PLATFORM'] as const;
export type TemplateId = (typeof CONTRACT_TEMPLATE_IDS)[number];

export interface TemplateTarget {
  kpi: string | CustomKpi;
  weight: number;
  rule: ScoringRule;
  /** A target that is the same every year and does not depend on the unit's baseline (e.g. a monitor range). */
  goal?: { value: number } | { min: number; max: number };
}

export interface ContractTemplate {
  id: TemplateId;
  name: string;
  description: string;
  clauses: ContractClauses;
  targets: readonly TemplateTarget[];
}

const proportional: ScoringRule = { kind: 'PROPORTIONAL', cap: 1 };
const threshold: ScoringRule = { kind: 'THRESHOLD' };
const qualitative: ScoringRule = { kind: 'QUALITATIVE' };
const veto: ScoringRule = { kind: 'VETO' };
/** Satisfaction is reported as a 0–100 score; bands rather than a ratio, since 95 vs 96 is noise. */
const satisfactionBands: ScoringRule = {
  kind: 'TIERED',
  basis: 'VALUE',
  tiers: [
    { from: 95, to: null, share: 1 },
    { from: 90, to: 95, share: 0.8 },
    { from: 85, to: 90, share: 0.5 },
  ],
};

const custom = (name: string, dimension: CustomKpi['dimension'], unit: string, direction: CustomKpi['direction'], definition: string): CustomKpi => ({
  name,
  dimension,
  unit,
  direction,
  definition,
});

/** The veto items every template carries, each also a VETO target counted in events per year (0 = clear). */
const VETO_TARGETS: TemplateTarget[] = [
  { kpi: custom('重大医疗质量安全事件', 'QUALITY_SAFETY', '起', 'DOWN', '本科室负主要责任的重大医疗质量安全事件起数；发生即一票否决'), weight: 0, rule: veto },
  {
    // No dimension fits conduct; it sits with safety, where hospitals usually file 行风 items.
    kpi: custom('违法违纪行为', 'QUALITY_SAFETY', '起', 'DOWN', '科室人员经查实的违法违纪（含违反医疗机构工作人员廉洁从业九项准则）起数；发生即一票否决'),
    weight: 0,
    rule: veto,
  },
];

const STANDARD_CLAUSES: ContractClauses = {
  duties: [
    '组织制定并实施本单位任期建设规划和年度工作计划',
    '落实医疗质量安全核心制度，持续改进医疗质量，保障患者安全',
    '推进医疗技术创新，规范开展新技术新项目和限制类技术',
    '加强人才梯队建设，培养学科带头人、骨干和后备人才',
    '落实分级诊疗和对口帮扶任务，带动基层医疗服务能力提升',
  ],
  rights: [
    '科室内部岗位设置与人员调配的建议权',
    '按医院规定制定科室绩效分配方案并报批',
    '学科发展规划、设备购置和人才引进的建议权',
    '对不能履行岗位职责的人员提出处理意见',
  ],
  obligations: [
    '遵守国家法律法规和医院规章制度，廉洁从业',
    '按时报送考核数据，并对数据真实性负责',
    '接受医院年度考核和任期考核，如实报告履职情况',
    '维护患者合法权益，妥善处理医疗纠纷',
  ],
  vetoItems: ['发生本科室负主要责任的重大医疗质量安全事件', '科室人员发生经查实的违法违纪行为（含违反廉洁从业九项准则）'],
  rewards: ['年度考核优秀的，按医院规定给予绩效奖励并优先推荐评优', '任期考核优秀的，优先续聘，并在学科建设经费上给予倾斜'],
  penalties: ['年度考核不合格的，由医院约谈并限期整改', '连续两年考核不合格或触发一票否决的，免去科主任职务'],
};

const withExtraDuties = (...duties: string[]): ContractClauses => ({ ...jsonCopy(STANDARD_CLAUSES), duties: [...STANDARD_CLAUSES.duties, ...duties] });

export const CONTRACT_TEMPLATES: readonly ContractTemplate[] = [
  {
    id: 'GENERAL_CLINICAL',
    name: '通用临床',
    description: '内科等非手术临床科室：服务量、疑难危重、质量安全与效率并重',
    clauses: withExtraDuties('牵头开展多学科诊疗（MDT），提高疑难危重病例诊治能力'),
    targets: [
      { kpi: 'discharges', weight: 12, rule: proportional },
      { kpi: 'cmi', weight: 10, rule: proportional },
      { kpi: 'complex-critical-case-ratio', weight: 8, rule: proportional },
      { kpi: 'mdt-cases', weight: 6, rule: threshold },
      { kpi: 'new-techniques', weight: 6, rule: threshold },
      { kpi: 'low-risk-mortality', weight: 10, rule: threshold },
      { kpi: 'unplanned-readmission-31d', weight: 8, rule: proportional },
      { kpi: 'average-length-of-stay', weight: 10, rule: proportional },
      // A commonly used band for a general ward; the hospital adjusts it per unit.
      { kpi: 'bed-occupancy-rate', weight: 6, rule: threshold, goal: { min: 85, max: 93 } },
      { kpi: 'inpatient-satisfaction', weight: 8, rule: satisfactionBands },
      { kpi: 'grassroots-trainees', weight: 6, rule: threshold },
      {
        kpi: custom('学科建设与科室管理', 'TALENT_RESEARCH', '分', 'UP', '考核人根据学科规划执行、科室管理和专科文化建设情况评分，并写明理由'),
        weight: 10,
        rule: qualitative,
      },
      ...VETO_TARGETS,
    ],
  },
  {
    id: 'SURGICAL',
    name: '外科',
    description: '手术科室：手术占比、四级手术、微创与围手术期安全',
    clauses: withExtraDuties('落实手术分级管理和围手术期安全管理，推进微创技术应用'),
    targets: [
      { kpi: 'discharges', weight: 8, rule: proportional },
      { kpi: 'cmi', weight: 8, rule: proportional },
      { kpi: 'surgery-ratio', weight: 10, rule: proportional },
      { kpi: 'grade4-surgery-ratio', weight: 12, rule: proportional },
      { kpi: 'minimally-invasive-ratio', weight: 10, rule: proportional },
      { kpi: 'day-surgery-ratio', weight: 5, rule: threshold },
      { kpi: 'surgical-complication-rate', weight: 10, rule: threshold },
      {
        kpi: 'clean-incision-ssi-rate',
        weight: 8,
        rule: { kind: 'TIERED', basis: 'VALUE', tiers: [{ from: null, to: 1, share: 1 }, { from: 1, to: 1.5, share: 0.5 }] },
      },
      { kpi: 'unplanned-reoperation-rate', weight: 8, rule: proportional },
      { kpi: 'average-length-of-stay', weight: 6, rule: proportional },
      { kpi: 'inpatient-satisfaction', weight: 5, rule: satisfactionBands },
      {
        kpi: custom('学科建设与科室管理', 'TALENT_RESEARCH', '分', 'UP', '考核人根据学科规划执行、科室管理和专科文化建设情况评分，并写明理由'),
        weight: 10,
        rule: qualitative,
      },
      ...VETO_TARGETS,
    ],
  },
  {
    id: 'PLATFORM',
    name: '平台学科',
    description: '麻醉、影像、检验、病理、重症等平台学科：临床支撑、技术、人才科研与基层帮扶',
    clauses: withExtraDuties('保障临床诊疗支撑服务的质量与时效，参与多学科诊疗'),
    targets: [
      { kpi: 'mdt-cases', weight: 10, rule: proportional },
      { kpi: 'new-techniques', weight: 10, rule: threshold },
      { kpi: 'restricted-technique-cases', weight: 6, rule: threshold },
      { kpi: 'senior-title-ratio', weight: 6, rule: threshold },
      { kpi: 'doctorate-ratio', weight: 6, rule: threshold },
      { kpi: 'high-level-talents', weight: 8, rule: threshold },
      { kpi: 'research-funding-per-100-staff', weight: 10, rule: proportional },
      { kpi: 'papers', weight: 8, rule: proportional },
      { kpi: 'teleconsultations', weight: 10, rule: proportional },
      { kpi: 'grassroots-trainees', weight: 8, rule: proportional },
      { kpi: 'outpatient-satisfaction', weight: 8, rule: satisfactionBands },
      {
        kpi: custom('临床支撑服务质量', 'SERVICE', '分', 'UP', '考核人根据报告及时率、危急值报告和临床科室评价等情况评分，并写明理由'),
        weight: 10,
        rule: qualitative,
      },
      ...VETO_TARGETS,
    ],
  },
];

export function findContractTemplate(id: TemplateId): ContractTemplate {
  const template = CONTRACT_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`没有编号为「${id}」的责任书模板`);
  return template;
}

/**
 * The template's targets for a new contract: baseline year the year before the term (its value is the unit's
 * own and left empty), a yearly target only where the template has one for every unit. Weights sum to 100.
 */
export function instantiateTemplate(
  template: ContractTemplate,
  options: { contractId: string; term: ContractTerm; at: string; newId: () => string },
): ContractTarget[] {
  const { first, last } = termYears(options.term);
  return template.targets.map((t, order) => {
    const annualTargets: AnnualTarget[] = [];
    for (let year = first; t.goal && year <= last; year++) {
      annualTargets.push('value' in t.goal ? { kind: 'VALUE', year, value: t.goal.value } : { kind: 'RANGE', year, ...t.goal });
    }
    return createTarget({
      id: options.newId(),
      contractId: options.contractId,
      order,
      at: options.at,
      kpi: t.kpi,
      weight: t.weight,
      rule: t.rule,
      baseline: { year: first - 1, value: null },
      annualTargets,
    });
  });
}
