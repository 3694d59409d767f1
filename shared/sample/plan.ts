import { emptyPlanSections, type Plan, type PlanSections } from '../domain/index.ts';
import { SAMPLE_BASE_DATE, type Random } from './random.ts';

export const DEMO_PLAN_TITLE = '示例市第一人民医院临床专科能力建设规划（2024—2028年）';
export const DEMO_PLAN_DOC_NUMBER = '示医发〔2024〕12号';

const p = (text: string) => ({ type: 'paragraph' as const, text });
const h = (level: 1 | 2 | 3, text: string) => ({ type: 'heading' as const, level, text });
const list = (items: string[], ordered = true) => ({ type: 'list' as const, ordered, items });

/** The plan document's five sections, written as a hospital would draft them for 院内审议. */
function demoSections(hospital: string, specialties: readonly string[]): PlanSections {
  return {
    BACKGROUND: [
      h(2, '（一）发展基础'),
      p(`${hospital}是示例市城市医疗集团牵头单位，编制床位 2200 张，设临床、医技科室 42 个。“十四五”以来，医院心血管内科、神经内科、呼吸与危重症医学科等学科综合实力稳步提升，` +
        '胸痛中心、卒中中心通过国家级认证，2023 年出院患者四级手术占比 21.6%，病例组合指数（CMI）1.08。'),
      h(2, '（二）存在问题'),
      list([
        '学科发展不均衡，肿瘤、代谢性疾病等领域尚无省级临床重点专科',
        '高层次人才和青年骨干不足，博士学位医师占比低于同级医院平均水平',
        '多学科协作以会诊为主，尚未形成以病种为中心的“1+N”专科运行机制',
        '日间手术中心等新设单元定位尚未明确',
      ], false),
      { type: 'table', source: 'specialties' },
    ],
    GENERAL_REQUIREMENTS: [
      p('以习近平新时代中国特色社会主义思想为指导，贯彻落实《关于印发全面提升医疗质量行动计划（2023—2025年）的通知》和国卫医政发〔2023〕22号文件要求，' +
        '以满足重大疾病临床需求为导向，以“1+N”学科群为组织形式，以学科建设带动专科能力提升。'),
      list(['坚持需求导向，聚焦四类重大疾病', '坚持学科支撑，优势学科牵头、多学科协同', '坚持质量优先，质量安全与能力提升并重', '坚持辐射带动，支持基层能力提升']),
    ],
    GOALS: [
      p('到 2025 年末，建成胸痛、卒中等 8 个临床专科，核心病种全部纳入临床路径管理；到 2030 年，力争建成省级临床重点专科 3—4 个，区域医疗中心辐射能力明显增强。'),
      { type: 'table', source: 'goals' },
    ],
    TASKS: [
      h(2, '（一）建设“1+N”临床专科'),
      p(`重点建设${specialties.join('、')}，由优势学科或重点扶持学科牵头，相关学科参与，实行专科主任负责制。`),
      h(2, '（二）加强要素配置'),
      { type: 'table', source: 'budgetTotals' },
      h(2, '（三）推进医疗技术创新'),
      { type: 'table', source: 'technologyProjects' },
      h(2, '（四）加强人才梯队建设'),
      { type: 'table', source: 'talentEntries' },
      h(2, '（五）强化医疗质量安全管理'),
      { type: 'table', source: 'qcIndicators' },
      h(2, '（六）支持基层能力提升'),
      { type: 'table', source: 'grassrootsActivities' },
    ],
    SAFEGUARDS: [
      list([
        '加强组织领导：成立由院长任主任的临床专科建设管理委员会，医务部负责日常管理',
        '加强经费保障：规划期内统筹财政补助、专项资金和医院自筹资金，专款专用',
        '完善考核激励：将专科建设目标纳入科主任、专科主任任期目标责任书，考核结果与绩效分配挂钩',
        '强化信息支撑：建设专科运行监测平台，按季度通报核心指标',
      ]),
      { type: 'table', source: 'milestones' },
    ],
  };
}

/** The demo hospital's plan, still in 院内审议 (domain.md). */
export function demoPlan(random: Random, hospitalId: string, hospital: string, specialties: readonly string[]): Plan {
  return {
    id: random.uuid(),
    updatedAt: SAMPLE_BASE_DATE,
    version: 1,
    hospitalId,
    title: DEMO_PLAN_TITLE,
    docNumber: DEMO_PLAN_DOC_NUMBER,
    issuingOrgan: hospital,
    issueDate: null,
    period: { startYear: 2024, endYear: 2028 },
    sections: demoSections(hospital, specialties),
    status: 'INTERNAL_REVIEW',
  };
}

/** A province hospital's plan: the same period, a short text, any status from draft to submitted. */
export function provincePlan(random: Random, hospitalId: string, hospital: string, code: string): Plan {
  const status = random.pick(['DRAFT', 'INTERNAL_REVIEW', 'APPROVED', 'SUBMITTED', 'SUBMITTED'] as const);
  const issued = status === 'APPROVED' || status === 'SUBMITTED';
  const sections = emptyPlanSections();
  sections.BACKGROUND.push(p(`${hospital}立足区域医疗需求，梳理学科现状，明确临床专科建设方向。`));
  sections.GOALS.push({ type: 'table', source: 'goals' });
  sections.TASKS.push({ type: 'table', source: 'specialties' }, { type: 'table', source: 'milestones' });
  return {
    id: random.uuid(),
    updatedAt: SAMPLE_BASE_DATE,
    version: 1,
    hospitalId,
    title: `${hospital}临床专科建设规划（2024—2028年）`,
    docNumber: issued ? `${code}医发〔2024〕${random.int(3, 60)}号` : '',
    issuingOrgan: hospital,
    issueDate: issued ? `2024-0${random.int(3, 9)}-${String(random.int(10, 28))}` : null,
    period: { startYear: 2024, endYear: 2028 },
    sections,
    status,
  };
}
