import type { ManagementNotes, ResourceElement } from '../domain/index.ts';
import type { SpecialtyTheme } from './specialty-themes.ts';

/** What the management notes mention: the specialty, its lead and participant disciplines, its head. */
export interface NotesContext {
  name: string;
  lead: string;
  participants: readonly string[];
  head: string;
}

/** Measures 7, 8 and 12 as a hospital writes them into its specialty charter (专科章程). */
export function managementNotes(c: NotesContext): ManagementNotes {
  const group = c.participants.join('、');
  return {
    orgStructure:
      `${c.name}实行专科主任负责制，由${c.lead}牵头，${group}参与，设专科管理小组（专科主任、副主任、护士长、质控专员各 1 名），` +
      '每月召开专科运行例会，每季度向医务部报送运行分析，年度接受医院专科建设考核。',
    headDuties: `专科负责人${c.head}对专科医疗质量安全、诊疗规范执行、技术准入和人才培养负总责，组织制定年度建设计划并推动落实。`,
    headRights: '在专科范围内统筹调配床位、设备和参与学科人员排班；对专科绩效二次分配、新技术申报和人员引进提出建议。',
    headObligations: '按时报送专科运行数据并对真实性负责；落实核心制度和单病种质控要求；每年向专科管理委员会述职。',
    dualAppointment: `${group}人员以“学科专科双聘”方式进入专科工作，人事关系和科研教学仍在原学科，临床工作量按专科核算。`,
    performanceAllocation: '以专科为单元核算 DRG 总权重、CMI 和四级手术等指标，医院按专科下达绩效总额，专科按岗位贡献进行二次分配，向一线和疑难危重倾斜。',
    culture: `以“患者为中心、多学科协同”为专科理念，建设${c.name}品牌门诊和患者教育课堂，每年举办专科开放日和区域学术年会。`,
  };
}

/** [element, item, unit, current, required, budget (万元)] for one specialty's resource list (measure 6). */
export function resourceSeeds(t: SpecialtyTheme, scale: number): [ResourceElement, string, string, number, number, number][] {
  const main = t.tech[0]?.[0] ?? `${t.name}核心技术`;
  return [
    ['人员', '副主任医师及以上专科医师', '人', 4 * scale, 6 * scale, 30 * scale],
    ['设备设施', t.equipment, '台（套）', scale > 1 ? 1 : 0, 2, 380 * scale],
    ['医疗技术', `${main}技术准入与团队培训`, '项', 0, 1, 25],
    ['药品', '专科用药目录扩充（含国家医保谈判药品）', '种', 12, 18, 60 * scale],
    ['器械', '介入及内镜专用耗材和器械包', '套', 6, 10, 45 * scale],
  ];
}

/** [title, start, end] of the roadmap template; dependencies are by index (finish-to-start). */
export interface TaskSeed {
  title: string;
  start: string;
  end: string;
  dependsOn: readonly number[];
  goal?: 'END_2025' | 'Y2030' | 'TERM';
}

/** Ten tasks from set-up to the final assessment, inside the 2024–2028 plan period. */
export function roadmap(t: SpecialtyTheme): TaskSeed[] {
  const [first, second] = t.tech;
  return [
    { title: '成立专科管理小组，印发专科章程', start: '2024-03-01', end: '2024-05-31', dependsOn: [] },
    { title: '建立专科运行监测与季度通报机制', start: '2024-06-01', end: '2024-09-30', dependsOn: [0] },
    { title: '修订核心病种诊疗规范和临床路径', start: '2024-06-01', end: '2024-12-31', dependsOn: [0] },
    { title: `购置${t.equipment}`, start: '2024-07-01', end: '2025-06-30', dependsOn: [0] },
    { title: `开展${first?.[0] ?? '专科新技术'}`, start: '2025-07-01', end: '2026-06-30', dependsOn: [3], goal: 'END_2025' },
    { title: '2025 年末建设目标中期评估', start: '2025-12-31', end: '2025-12-31', dependsOn: [2], goal: 'END_2025' },
    { title: `推广${second?.[0] ?? '多学科诊疗模式'}`, start: '2026-01-01', end: '2026-09-30', dependsOn: [5] },
    { title: '完成领军、骨干人才培养计划', start: '2026-03-01', end: '2027-12-31', dependsOn: [5], goal: 'TERM' },
    { title: '申报省级临床重点专科', start: '2027-03-01', end: '2028-06-30', dependsOn: [6], goal: 'Y2030' },
    { title: '规划期终期评估', start: '2028-12-31', end: '2028-12-31', dependsOn: [8], goal: 'TERM' },
  ];
}

/** Three horizons of 二: the 2025 milestone, the 2030 goal and the plan term. */
export function goalSeeds(t: SpecialtyTheme): { horizon: 'END_2025' | 'Y2030' | 'TERM'; statement: string; kpiId: string | null; value: number | null; unit: string }[] {
  const [qc] = t.qc;
  const qcTarget = qc ? Math.round((qc[3] + qc[4] * 2) * 10) / 10 : null;
  return [
    { horizon: 'END_2025', statement: `${qc?.[0] ?? '单病种质控指标达标率'}达到 ${qcTarget ?? 85}${qc?.[1] ?? '%'}，核心病种全部纳入临床路径管理`, kpiId: null, value: qcTarget, unit: qc?.[1] ?? '%' },
    { horizon: 'END_2025', statement: '专科病例组合指数（CMI）较 2023 年提高 0.1 以上', kpiId: 'cmi', value: 1.25, unit: '' },
    { horizon: 'Y2030', statement: `建成省级临床重点专科，${t.name}综合能力进入全省前列`, kpiId: null, value: null, unit: '' },
    { horizon: 'TERM', statement: '规划期内开展新技术新项目不少于 8 项，四级手术（介入）占比逐年提高', kpiId: 'new-techniques', value: 8, unit: '项' },
  ];
}

export const GRASSROOTS_PARTNERS = ['永河县人民医院', '安平县人民医院', '示例市城东区人民医院', '清源县中医医院', '新城镇卫生院'];
