import type { DiseaseArea, QcDirection, SpecialtyType, TechnologyType } from '../domain/index.ts';

/** [name, type, subtype for 微创]: one technology project of measure 10. */
export type TechSeed = readonly [string, TechnologyType, '内镜' | '介入' | '局部微创' | null];
/** [name, unit, direction, baseline (2023), yearly change]: one QC indicator of measure 11. */
export type QcSeed = readonly [string, string, QcDirection, number, number];

/**
 * What a clinical specialty is about: its disease area, core diseases (ICD-10 codes of the seed list), the
 * disciplines that usually form its "1+N" group, and the projects and indicators a real plan would name.
 */
export interface SpecialtyTheme {
  name: string;
  area: DiseaseArea;
  /** The hospital's own name for an OTHER area. */
  label?: string;
  type: SpecialtyType;
  /** The demo hospital's lead discipline; in the province, any discipline whose name matches `leads`. */
  lead: string;
  leads: RegExp;
  participants: readonly string[];
  codes: readonly string[];
  equipment: string;
  tech: readonly TechSeed[];
  qc: readonly QcSeed[];
}

const theme = (
  name: string, area: DiseaseArea, type: SpecialtyType, lead: string, leads: RegExp, participants: string[], codes: string[],
  equipment: string, tech: TechSeed[], qc: QcSeed[],
): SpecialtyTheme => ({ name, area, type, lead, leads, participants, codes, equipment, tech, qc });

/** The eight specialties of the demo hospital (domain.md), in the order the plan lists them. */
export const DEMO_THEMES: readonly SpecialtyTheme[] = [
  theme('胸痛中心（心血管病专科）', '心脑血管疾病', 'ADVANTAGE', '心血管内科', /^心血管内科$|^心病科$/, ['心脏大血管外科', '急诊医学科', '医学影像科', '重症医学科'],
    ['I21', 'I20.0', 'I50', 'I48'], '数字减影血管造影机（DSA）',
    [['冠状动脉腔内冲击波碎石术', '微创', '介入'], ['心衰多学科一体化管理门诊', '新诊疗模式', null], ['左心耳封堵术', '前沿技术', null], ['胸痛快速分诊评分系统成果转化', '成果转化', null]],
    [['STEMI 患者门球时间（D-to-W）中位数', '分钟', 'DOWN', 78, -4], ['急性心肌梗死住院死亡率', '%', 'DOWN', 4.2, -0.3]]),
  theme('卒中中心（脑血管病专科）', '心脑血管疾病', 'ADVANTAGE', '神经内科', /^神经内科$|^脑病科$/, ['神经外科', '急诊医学科', '医学影像科', '康复医学科'],
    ['I63', 'I61', 'G45', 'I60'], '64 排以上 CT 及一站式卒中影像平台',
    [['急性大血管闭塞机械取栓术', '微创', '介入'], ['卒中单元一站式救治模式', '新诊疗模式', null], ['颅内动脉瘤血流导向装置置入术', '前沿技术', null]],
    [['急性缺血性卒中溶栓 DNT 中位时间', '分钟', 'DOWN', 52, -3], ['急性缺血性卒中静脉溶栓率', '%', 'UP', 8.5, 1.2]]),
  theme('肺癌专科', '恶性肿瘤', 'ADVANTAGE', '胸外科', /^胸外科$/, ['呼吸与危重症医学科', '肿瘤内科', '病理科', '医学影像科'],
    ['C34', 'C34.1', 'C34.3', 'C78'], '电磁导航支气管镜系统',
    [['单孔胸腔镜解剖性肺段切除术', '微创', '内镜'], ['肺结节多学科一站式门诊', '新诊疗模式', null], ['电磁导航支气管镜下肺结节定位', '前沿技术', null], ['肺结节 AI 辅助诊断软件转化', '成果转化', null]],
    [['肺癌手术患者术前 TNM 分期评估率', '%', 'UP', 86, 2.5], ['胸腔镜肺切除术后并发症发生率', '%', 'DOWN', 6.5, -0.4]]),
  theme('消化道肿瘤专科', '恶性肿瘤', 'FEATURE', '肿瘤内科', /^肿瘤内科$|^肿瘤科$/, ['消化内科', '普通外科', '病理科', '医学影像科'],
    ['C16', 'C15', 'C18', 'C20'], '超声内镜及放大染色内镜',
    [['内镜黏膜下剥离术（ESD）', '微创', '内镜'], ['腹腔镜胃癌根治联合腹腔热灌注化疗', '新诊疗模式', null], ['肿瘤免疫治疗疗效预测标志物检测', '前沿技术', null]],
    [['早期胃癌检出率', '%', 'UP', 18, 2], ['结直肠癌根治术淋巴结检出≥12 枚比例', '%', 'UP', 82, 3]]),
  theme('慢阻肺专科', '呼吸系统疾病', 'ADVANTAGE', '呼吸与危重症医学科', /^呼吸与危重症医学科$|^肺病科$/, ['重症医学科', '康复医学科', '全科医学科'],
    ['J44', 'J44.1', 'J43', 'J96.1'], '呼吸介入治疗室及肺功能检查室',
    [['经支气管镜肺减容术', '微创', '内镜'], ['慢阻肺医院—社区一体化管理', '新诊疗模式', null], ['家庭无创通气远程监测', '前沿技术', null]],
    [['慢阻肺住院患者肺功能检查率', '%', 'UP', 72, 4], ['慢阻肺急性加重 30 天再入院率', '%', 'DOWN', 11, -0.8]]),
  theme('糖尿病专科', '代谢性疾病', 'FEATURE', '内分泌科', /^内分泌科$|^糖尿病科$/, ['眼科', '心血管内科', '中医科'],
    ['E11', 'E11.2', 'E11.3', 'E11.5'], '糖尿病并发症筛查中心（眼底照相、神经传导）',
    [['糖尿病足下肢动脉介入血运重建', '微创', '介入'], ['糖尿病全病程共同照护门诊', '新诊疗模式', null], ['闭环胰岛素泵治疗', '前沿技术', null]],
    [['住院糖尿病患者糖化血红蛋白达标率', '%', 'UP', 48, 3], ['糖尿病足截肢率', '%', 'DOWN', 3.1, -0.2]]),
  theme('骨质疏松与代谢性骨病专科', '代谢性疾病', 'FEATURE', '骨科', /^骨科$|^骨伤科$|^脊柱科$/, ['内分泌科', '康复医学科', '核医学科'],
    ['M81', 'M80', 'E83', 'E55'], '双能 X 线骨密度仪',
    [['经皮椎体后凸成形术（PKP）', '微创', '局部微创'], ['骨折联络服务（FLS）模式', '新诊疗模式', null], ['骨密度 AI 定量评估', '前沿技术', null]],
    [['脆性骨折患者抗骨质疏松治疗率', '%', 'UP', 35, 6], ['老年髋部骨折 48 小时内手术率', '%', 'UP', 58, 5]]),
  theme('主动脉与结构性心脏病专科', '心脑血管疾病', 'FEATURE', '心脏大血管外科', /^心脏大血管外科$|^血管外科$/, ['心血管内科', '麻醉科', '医学影像科', '重症医学科'],
    ['I71', 'I35', 'I34', 'Q21'], '杂交手术室',
    [['胸主动脉腔内修复术（TEVAR）', '微创', '介入'], ['主动脉弓杂交手术', '新诊疗模式', null], ['经导管主动脉瓣置换术（TAVR）', '前沿技术', null], ['3D 打印主动脉模型术前规划', '成果转化', null]],
    [['急性主动脉夹层术后 30 天死亡率', '%', 'DOWN', 9.5, -0.6], ['经导管主动脉瓣置换术成功率', '%', 'UP', 93, 1]]),
];

const GENERIC_QC: QcSeed[] = [['单病种质控指标达标率', '%', 'UP', 78, 3], ['住院患者 31 天内非计划再入院率', '%', 'DOWN', 2.4, -0.15]];
const minor = (name: string, area: DiseaseArea, leads: RegExp, codes: string[], equipment: string, tech: TechSeed[]): SpecialtyTheme =>
  theme(name, area, 'FEATURE', '', leads, ['医学影像科', '病理科', '重症医学科', '康复医学科', '检验科'], codes, equipment, tech, GENERIC_QC);

/** More specialties province hospitals build, matched to a lead discipline by name. */
export const PROVINCE_THEMES: readonly SpecialtyTheme[] = [
  ...DEMO_THEMES,
  minor('乳腺癌专科', '恶性肿瘤', /乳腺/, ['C50', 'C50.9'], '乳腺 X 线摄影及真空辅助活检系统', [['真空辅助乳腺微创旋切术', '微创', '局部微创'], ['乳腺癌全程管理门诊', '新诊疗模式', null]]),
  minor('肝癌专科', '恶性肿瘤', /肝胆|^普通外科$|介入/, ['C22', 'C22.0', 'C23'], '腹腔镜及射频消融设备', [['腹腔镜解剖性肝切除术', '微创', '内镜'], ['肝癌转化治疗 MDT', '新诊疗模式', null]]),
  minor('甲状腺疾病专科', '代谢性疾病', /甲状腺/, ['E05', 'E04', 'C73'], '高频超声及术中神经监测仪', [['甲状腺结节超声引导下射频消融', '微创', '介入'], ['甲状腺疾病一站式门诊', '新诊疗模式', null]]),
  minor('高血压专科', '心脑血管疾病', /老年|肾内科|^肾病科$/, ['I10', 'I11', 'I15'], '动态血压监测设备', [['经皮肾动脉去交感神经术', '微创', '介入'], ['高血压医防融合管理', '新诊疗模式', null]]),
  minor('重症肺炎专科', '呼吸系统疾病', /重症|感染/, ['J18', 'J96.0', 'J80'], '体外膜肺氧合（ECMO）设备', [['床旁支气管镜肺泡灌洗', '微创', '内镜'], ['重症肺炎病原宏基因组检测', '前沿技术', null]]),
  minor('结直肠肿瘤专科', '恶性肿瘤', /胃肠|肛肠/, ['C18', 'C20', 'C19'], '4K 腹腔镜系统', [['腹腔镜低位直肠癌保肛手术', '微创', '内镜'], ['结直肠癌早筛早诊', '新诊疗模式', null]]),
  minor('泌尿系肿瘤专科', '恶性肿瘤', /泌尿/, ['C67', 'C61', 'C64'], '输尿管软镜及钬激光设备', [['腹腔镜根治性前列腺切除术', '微创', '内镜'], ['膀胱癌膀胱灌注规范化管理', '新诊疗模式', null]]),
  minor('血液肿瘤专科', '恶性肿瘤', /血液/, ['C91', 'C92', 'C90', 'C83'], '百级层流病房', [['CAR-T 细胞治疗', '前沿技术', null], ['淋巴瘤 MDT 门诊', '新诊疗模式', null]]),
  minor('痛风与高尿酸血症专科', '代谢性疾病', /风湿/, ['M10', 'E79.0'], '双能 CT 尿酸盐结晶成像', [['关节镜下痛风石清除术', '微创', '内镜'], ['痛风规范化随访管理', '新诊疗模式', null]]),
  minor('妇科肿瘤专科', '恶性肿瘤', /妇/, ['C53', 'C54', 'C56'], '阴道镜及宫腔镜系统', [['腹腔镜宫颈癌根治术', '微创', '内镜'], ['宫颈癌筛查—诊治一体化', '新诊疗模式', null]]),
  minor('鼻咽癌专科', '恶性肿瘤', /耳鼻|放射治疗/, ['C11', 'C32'], '鼻内镜及调强放疗系统', [['鼻内镜下鼻咽癌切除术', '微创', '内镜'], ['鼻咽癌同步放化疗规范化', '新诊疗模式', null]]),
  minor('代谢相关脂肪性肝病专科', '代谢性疾病', /消化|脾胃/, ['K76.0', 'E66', 'E78'], '肝脏瞬时弹性成像仪', [['内镜下胃内球囊减重术', '微创', '内镜'], ['脂肪肝多学科联合管理', '新诊疗模式', null]]),
  minor('脑血管病介入专科', '心脑血管疾病', /^神经外科$/, ['I60', 'I67.1', 'I61'], '双平板 DSA', [['颅内动脉瘤弹簧圈栓塞术', '微创', '介入'], ['脑出血微创穿刺引流', '微创', '局部微创']]),
  minor('心肺康复专科', '呼吸系统疾病', /康复/, ['J44', 'J84', 'I50'], '心肺运动试验系统', [['心肺运动试验指导个体化运动处方', '新诊疗模式', null], ['远程康复监测', '前沿技术', null]]),
  minor('儿童呼吸专科', '呼吸系统疾病', /^儿科$|小儿呼吸/, ['J18.0', 'J45', 'J20'], '儿童肺功能及支气管镜室', [['儿童支气管镜介入诊疗', '微创', '内镜'], ['儿童哮喘规范化管理门诊', '新诊疗模式', null]]),
  minor('慢病综合管理专科', '代谢性疾病', /全科|健康管理|中医科|治未病/, ['E11.9', 'E78.5', 'E66'], '慢病管理信息平台', [['“三高”共管门诊', '新诊疗模式', null], ['可穿戴设备慢病远程监测', '前沿技术', null]]),
  minor('口腔颌面肿瘤专科', '恶性肿瘤', /口腔/, ['C02'], '口腔锥形束 CT', [['舌癌根治联合游离皮瓣修复', '新诊疗模式', null], ['数字化导板引导颌骨重建', '前沿技术', null]]),
  minor('尘肺病专科', '呼吸系统疾病', /职业病/, ['J62', 'J84'], '全肺灌洗治疗室', [['大容量全肺灌洗术', '微创', '内镜'], ['尘肺病康复管理', '新诊疗模式', null]]),
  { ...minor('眼底病专科', 'OTHER', /眼科/, ['H33', 'H40', 'H25'], '眼科光学相干断层扫描（OCT）', [['玻璃体切割术', '微创', '局部微创'], ['眼底病 AI 筛查', '前沿技术', null]]), label: '眼科疾病' },
  { ...minor('心理睡眠专科', 'OTHER', /精神|心理|睡眠/, ['F32', 'F41'], '睡眠监测室', [['重复经颅磁刺激治疗', '新诊疗模式', null], ['数字化心理评估', '前沿技术', null]]), label: '精神心理疾病' },
  { ...minor('银屑病专科', 'OTHER', /皮肤/, ['L40'], '窄谱中波紫外线治疗仪', [['银屑病生物制剂规范化治疗', '新诊疗模式', null], ['皮肤影像 AI 辅助诊断', '前沿技术', null]]), label: '皮肤病' },
  { ...minor('慢性疼痛专科', 'OTHER', /疼痛/, ['M54', 'G50.0'], 'C 型臂及射频治疗仪', [['超声引导下神经射频消融', '微创', '介入'], ['疼痛多学科门诊', '新诊疗模式', null]]), label: '疼痛性疾病' },
];

/** Names of the few codes outside the ICD-10 seed list (which covers only the four major areas). */
export const EXTRA_ICD_NAMES: Readonly<Record<string, string>> = {
  H25: '老年性白内障', H33: '视网膜脱离和断裂', H40: '青光眼', F32: '抑郁发作', F41: '其他焦虑障碍', L40: '银屑病', M54: '背痛', 'G50.0': '三叉神经痛',
};
