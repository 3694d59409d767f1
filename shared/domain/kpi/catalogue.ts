import type { KpiCatalogueEntry, KpiDimension, KpiDirection } from './types.ts';

interface Flags {
  /** 国考 indicator; `true` when the wording is the same, a string when the 国考 wording differs. */
  national?: true | string;
  drg?: true;
}

function group(dimension: KpiDimension, rows: [string, string, string, KpiDirection, string, Flags?][]): KpiCatalogueEntry[] {
  return rows.map(([id, name, unit, direction, definition, flags = {}]) => ({
    id,
    name,
    dimension,
    unit,
    direction,
    definition,
    national: flags.national !== undefined,
    nationalName: typeof flags.national === 'string' ? flags.national : null,
    drg: flags.drg === true,
  }));
}

/**
 * The seed KPI catalogue of domain.md, names exactly as written there.
 *
 * 国考 marks follow the 2019 三级公立医院绩效考核 indicator list (国办发〔2019〕4号) and are deliberately
 * conservative: an entry is marked only when it is that indicator, not merely related to one. Not marked, and why:
 * 门急诊人次/出院人次 (国考 uses their ratio), CMI/DRG组数/总权重/消耗指数 (DRG evaluation figures, not listed
 * indicators), 平均住院日 and 床位使用率 (等级评审, not 国考), 单病种质控指标达标率 (国考 "单病种质量控制" is
 * scored differently), 高级职称占比 (国考 uses 职称结构), 成果转化金额/专利数 (mixes two measures).
 *
 * DRG-sourced: the six DRG figures, and 低风险组病例死亡率, whose low-risk groups are defined by the DRG
 * grouping, so its value also depends on the DRG version.
 */
export const KPI_CATALOGUE: readonly KpiCatalogueEntry[] = [
  ...group('SERVICE', [
    ['outpatient-emergency-visits', '门急诊人次', '人次', 'UP', '门诊与急诊就诊人次之和（健康体检不计入）'],
    ['discharges', '出院人次', '人次', 'UP', '统计期内出院患者人次（含死亡）'],
    ['drg-groups', 'DRG组数', '个', 'UP', '出院病例入组覆盖的 DRG 组数，取自医院 DRG 系统', { drg: true }],
    ['cmi', '病例组合指数 CMI', '', 'UP', '入组病例 DRG 权重之和 ÷ 入组病例数，取自医院 DRG 系统', { drg: true }],
    ['drg-total-weight', '总权重', '', 'UP', 'Σ（各 DRG 组权重 × 该组病例数），取自医院 DRG 系统', { drg: true }],
    ['drg-grouping-rate', 'DRG入组率', '%', 'UP', '入组病例数 ÷ 同期出院病例数 × 100%，取自医院 DRG 系统', { drg: true }],
    ['complex-critical-case-ratio', '疑难危重病例比例', '%', 'UP', '疑难危重病例数 ÷ 同期出院病例数 × 100%（按医院认定标准）'],
    ['mdt-cases', 'MDT开展例数', '例', 'UP', '多学科诊疗（MDT）病例数'],
    ['day-surgery-ratio', '日间手术占择期手术比例', '%', 'MONITOR', '日间手术台次数 ÷ 同期出院患者择期手术总台次数 × 100%', { national: true }],
    ['referrals-down', '下转患者人次', '人次', 'UP', '向二级医院或基层医疗机构下转的门急诊、住院患者人次', { national: '下转患者人次数（门急诊、住院）' }],
  ]),
  ...group('TECHNOLOGY', [
    ['surgery-ratio', '出院患者手术占比', '%', 'UP', '出院患者手术台次数 ÷ 同期出院患者总人次数 × 100%', { national: true }],
    ['grade3-surgery-ratio', '三级手术比例', '%', 'UP', '出院患者三级手术台次数 ÷ 同期出院患者手术台次数 × 100%'],
    ['grade4-surgery-ratio', '出院患者四级手术比例', '%', 'UP', '出院患者四级手术台次数 ÷ 同期出院患者手术台次数 × 100%', { national: true }],
    ['minimally-invasive-ratio', '微创手术占比', '%', 'UP', '出院患者微创手术台次数 ÷ 同期出院患者手术台次数 × 100%', { national: '出院患者微创手术占比' }],
    ['new-techniques', '新技术新项目数', '项', 'UP', '经医院批准开展的新技术、新项目数'],
    ['restricted-technique-cases', '限制类技术开展例数', '例', 'UP', '按规定备案开展的限制类医疗技术病例数'],
  ]),
  ...group('QUALITY_SAFETY', [
    ['low-risk-mortality', '低风险组病例死亡率', '%', 'DOWN', '低风险组死亡例数 ÷ 低风险组病例数 × 100%（低风险组按 DRG 分组确定）', { national: true, drg: true }],
    ['surgical-complication-rate', '手术患者并发症发生率', '%', 'DOWN', '手术患者并发症发生例数 ÷ 同期出院手术患者人数 × 100%', { national: true }],
    ['clean-incision-ssi-rate', 'I类切口手术部位感染率', '%', 'DOWN', 'I类切口手术部位感染人次数 ÷ 同期 I类切口手术台次数 × 100%', { national: true }],
    ['unplanned-reoperation-rate', '非计划重返手术室再手术率', '%', 'DOWN', '非计划重返手术室再次手术例数 ÷ 同期手术例数 × 100%'],
    ['unplanned-readmission-31d', '住院患者31天内非计划再入院率', '%', 'DOWN', '出院后 31 天内非计划再入院人次 ÷ 同期出院人次 × 100%'],
    ['single-disease-qc-rate', '单病种质控指标达标率', '%', 'UP', '达到目标值的单病种质控指标数 ÷ 纳入考核的单病种质控指标数 × 100%'],
    ['front-page-diagnosis-coding-accuracy', '病案首页主要诊断编码正确率', '%', 'UP', '主要诊断编码正确的病案数 ÷ 同期抽查病案数 × 100%'],
    ['antibiotic-ddds', '抗菌药物使用强度 DDDs', 'DDDs/百人天', 'DOWN', '住院患者抗菌药物消耗量（累计 DDD 数）× 100 ÷ 同期收治患者人天数', { national: '抗菌药物使用强度（DDDs）' }],
  ]),
  ...group('EFFICIENCY', [
    ['average-length-of-stay', '平均住院日', '天', 'DOWN', '出院患者占用总床日数 ÷ 同期出院人次'],
    ['time-consumption-index', '时间消耗指数', '', 'DOWN', '按 DRG 组标化的住院时间与参考值之比，取自医院 DRG 系统', { drg: true }],
    ['cost-consumption-index', '费用消耗指数', '', 'DOWN', '按 DRG 组标化的住院费用与参考值之比，取自医院 DRG 系统', { drg: true }],
    ['bed-occupancy-rate', '床位使用率', '%', 'MONITOR', '实际占用总床日数 ÷ 同期实际开放总床日数 × 100%'],
  ]),
  ...group('TALENT_RESEARCH', [
    ['senior-title-ratio', '高级职称占比', '%', 'UP', '具有副高级及以上职称的卫生技术人员数 ÷ 卫生技术人员总数 × 100%'],
    ['doctorate-ratio', '博士学位占比', '%', 'UP', '具有博士学位的医师数 ÷ 医师总数 × 100%'],
    ['doctor-nurse-ratio', '医护比', '', 'MONITOR', '注册护士数 ÷ 执业（助理）医师数，即 1 : x 中的 x', { national: true }],
    ['high-level-talents', '引进/培养高层次人才数', '人', 'UP', '任期内引进或培养的高层次人才人数'],
    ['resident-first-exam-pass-rate', '住院医师首次参加医师资格考试通过率', '%', 'UP', '首次参加医师资格考试通过的住院医师人数 ÷ 首次参加考试人数 × 100%', { national: '医院住院医师首次参加医师资格考试通过率' }],
    ['research-funding-per-100-staff', '每百名卫生技术人员科研项目经费', '万元', 'UP', '科研项目立项经费总金额 ÷ 同期卫生技术人员总数 × 100', { national: true }],
    ['papers', '论文数', '篇', 'UP', '以本单位为第一或通讯作者单位发表的论文数'],
    ['translation-and-patents', '成果转化金额/专利数', '项', 'UP', '科研成果转化项目与授权专利数（以金额计时另设万元单位的自定义指标）'],
  ]),
  ...group('GRASSROOTS', [
    ['staff-sent-down', '下沉人员人次', '人次', 'UP', '派驻基层医疗机构工作的人员人次'],
    ['teleconsultations', '远程会诊例数', '例', 'UP', '为基层或医联体成员单位提供的远程会诊例数'],
    ['outreach-clinics', '巡诊次数', '次', 'UP', '到基层开展巡回诊疗的次数'],
    ['grassroots-trainees', '培训基层人员人次', '人次', 'UP', '接收进修或培训基层医务人员的人次'],
  ]),
  ...group('PATIENT_EXPERIENCE', [
    ['outpatient-satisfaction', '门诊患者满意度', '分', 'UP', '全国公立医院满意度调查平台门诊患者满意度得分', { national: true }],
    ['inpatient-satisfaction', '住院患者满意度', '分', 'UP', '全国公立医院满意度调查平台住院患者满意度得分', { national: true }],
  ]),
];

export const KPI_BY_ID: ReadonlyMap<string, KpiCatalogueEntry> = new Map(KPI_CATALOGUE.map((k) => [k.id, k]));

export function findKpi(id: string): KpiCatalogueEntry | undefined {
  return KPI_BY_ID.get(id);
}
