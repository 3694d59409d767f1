import type { MajorDiseaseArea } from '../specialties/enums.ts';

/** One suggestion in the core-disease picker (measure 4). Free entry stays allowed; this is a seed list. */
export interface Icd10Entry {
  code: string;
  name: string;
  area: MajorDiseaseArea;
}

// The most common codes of the four major disease areas of measure 4, with the Chinese names of ICD-10
// (GB/T 14396) as 病案首页 shows them. Written as "code name" lines so a coder can review the list at a glance.
// Chapter boundaries decide the area, except where a disease is managed by another area's specialty:
// G45 (TIA) and Q21 go with 心脑血管, A15/A16 (pulmonary TB) and G47.3 with 呼吸, M10/M80/M81/K76.0 with 代谢.
const LISTS: Record<MajorDiseaseArea, string> = {
  心脑血管疾病: `
I10 特发性（原发性）高血压
I11 高血压性心脏病
I12 高血压性肾脏病
I13 高血压性心脏和肾脏病
I15 继发性高血压
I20 心绞痛
I20.0 不稳定性心绞痛
I20.9 未特指的心绞痛
I21 急性心肌梗死
I21.0 前壁急性透壁性心肌梗死
I21.1 下壁急性透壁性心肌梗死
I21.4 急性心内膜下心肌梗死
I21.9 未特指的急性心肌梗死
I22 随后性心肌梗死
I23 急性心肌梗死后的某些近期并发症
I24 其他急性缺血性心脏病
I25 慢性缺血性心脏病
I25.1 动脉硬化性心脏病
I25.2 陈旧性心肌梗死
I26 肺栓塞
I27 其他肺源性心脏病
I34 非风湿性二尖瓣疾患
I35 非风湿性主动脉瓣疾患
I42 心肌病
I44 房室传导阻滞和左束支传导阻滞
I47 阵发性心动过速
I48 心房纤颤和扑动
I49 其他心律失常
I50 心力衰竭
I50.0 充血性心力衰竭
I50.9 未特指的心力衰竭
I60 蛛网膜下出血
I61 脑内出血
I62 其他非创伤性颅内出血
I63 脑梗死
I63.9 未特指的脑梗死
I64 脑卒中，未特指为出血或梗死
I65 入脑前动脉的闭塞和狭窄，未造成脑梗死
I66 大脑动脉的闭塞和狭窄，未造成脑梗死
I67 其他脑血管病
I67.1 脑动脉瘤，未破裂
I69 脑血管病后遗症
I70 动脉粥样硬化
I71 主动脉动脉瘤和夹层
I72 其他动脉瘤
I74 动脉栓塞和血栓形成
I80 静脉炎和血栓性静脉炎
I83 下肢静脉曲张
G45 短暂性大脑缺血性发作和相关的综合征
Q21 心间隔先天性畸形`,
  恶性肿瘤: `
C02 舌其他和未特指部位的恶性肿瘤
C11 鼻咽恶性肿瘤
C15 食管恶性肿瘤
C16 胃恶性肿瘤
C16.0 贲门恶性肿瘤
C17 小肠恶性肿瘤
C18 结肠恶性肿瘤
C19 直肠乙状结肠连接处恶性肿瘤
C20 直肠恶性肿瘤
C21 肛门和肛管恶性肿瘤
C22 肝和肝内胆管恶性肿瘤
C22.0 肝细胞癌
C22.1 肝内胆管癌
C23 胆囊恶性肿瘤
C24 胆道其他和未特指部位的恶性肿瘤
C25 胰恶性肿瘤
C32 喉恶性肿瘤
C34 支气管和肺恶性肿瘤
C34.1 上叶，支气管或肺恶性肿瘤
C34.3 下叶，支气管或肺恶性肿瘤
C34.9 支气管或肺未特指的恶性肿瘤
C43 皮肤恶性黑色素瘤
C45 间皮瘤
C49 其他结缔组织和软组织恶性肿瘤
C50 乳房恶性肿瘤
C50.9 乳房未特指的恶性肿瘤
C53 子宫颈恶性肿瘤
C54 子宫体恶性肿瘤
C56 卵巢恶性肿瘤
C61 前列腺恶性肿瘤
C62 睾丸恶性肿瘤
C64 除外肾盂的肾恶性肿瘤
C67 膀胱恶性肿瘤
C71 脑恶性肿瘤
C73 甲状腺恶性肿瘤
C77 淋巴结继发性和未特指的恶性肿瘤
C78 呼吸和消化器官继发性恶性肿瘤
C79 其他部位继发性恶性肿瘤
C81 霍奇金淋巴瘤
C83 弥漫性非霍奇金淋巴瘤
C85 非霍奇金淋巴瘤的其他和未特指类型
C90 多发性骨髓瘤和恶性浆细胞肿瘤
C91 淋巴样白血病
C92 髓样白血病
C95 未特指细胞类型的白血病`,
  呼吸系统疾病: `
A15 呼吸道结核病，经细菌学和组织学证实
A16 呼吸道结核病，未经细菌学或组织学证实
J11 流行性感冒，病毒未标明
J12 病毒性肺炎，不可归类在他处者
J13 肺炎链球菌性肺炎
J15 细菌性肺炎，不可归类在他处者
J18 肺炎，病原体未特指
J18.0 支气管肺炎
J18.9 未特指的肺炎
J20 急性支气管炎
J40 支气管炎，未特指为急性或慢性
J41 单纯性和粘液脓性慢性支气管炎
J42 未特指的慢性支气管炎
J43 肺气肿
J44 其他慢性阻塞性肺病
J44.0 慢性阻塞性肺病伴有急性下呼吸道感染
J44.1 慢性阻塞性肺病伴有急性加重
J44.9 未特指的慢性阻塞性肺病
J45 哮喘
J45.9 未特指的哮喘
J46 哮喘持续状态
J47 支气管扩张症
J62 含硅粉尘引起的尘肺
J69.0 食物和呕吐物引起的肺炎
J80 成人呼吸窘迫综合征
J84 其他间质性肺病
J84.1 其他伴有纤维化的间质性肺病
J85 肺和纵隔脓肿
J86 脓胸
J90 胸腔积液，不可归类在他处者
J93 气胸
J96 呼吸衰竭，不可归类在他处者
J96.0 急性呼吸衰竭
J96.1 慢性呼吸衰竭
J98 其他呼吸性疾患
G47.3 睡眠呼吸暂停
U07.1 2019冠状病毒病，病毒已被标明`,
  代谢性疾病: `
E03 其他甲状腺功能减退症
E04 其他非毒性甲状腺肿
E05 甲状腺毒症［甲状腺功能亢进症］
E05.0 甲状腺毒症伴有弥漫性甲状腺肿
E06 甲状腺炎
E10 胰岛素依赖型糖尿病
E11 非胰岛素依赖型糖尿病
E11.2 非胰岛素依赖型糖尿病伴有肾的并发症
E11.3 非胰岛素依赖型糖尿病伴有眼的并发症
E11.4 非胰岛素依赖型糖尿病伴有神经的并发症
E11.5 非胰岛素依赖型糖尿病伴有周围循环并发症
E11.9 非胰岛素依赖型糖尿病不伴有并发症
E13 其他特指的糖尿病
E14 未特指的糖尿病
E16.2 未特指的低血糖症
E21 甲状旁腺功能亢进症和甲状旁腺的其他疾患
E22 垂体功能亢进
E23 垂体功能减退和其他疾患
E24 库欣综合征
E27 其他肾上腺疾患
E28.2 多囊卵巢综合征
E55 维生素D缺乏
E66 肥胖症
E66.0 热量过度引起的肥胖症
E78 脂蛋白代谢疾患和其他脂血症
E78.0 纯高胆固醇血症
E78.1 纯高甘油酯血症
E78.5 未特指的高脂血症
E79.0 高尿酸血症，不伴有炎性关节炎和痛风石性疾病
E83 矿物质代谢紊乱
E87 其他体液、电解质和酸碱平衡紊乱
E88 其他代谢紊乱
K76.0 脂肪肝，不可归类在他处者
M10 痛风
M80 骨质疏松伴有病理性骨折
M81 骨质疏松不伴有病理性骨折`,
};

function parseList(area: MajorDiseaseArea, list: string): Icd10Entry[] {
  return list
    .trim()
    .split('\n')
    .map((line) => {
      const space = line.indexOf(' ');
      return { code: line.slice(0, space), name: line.slice(space + 1), area };
    });
}

/** Sorted by code, so a prefix search lists I21 before I21.0 before I21.1. */
export const ICD10_CATALOGUE: readonly Icd10Entry[] = (Object.keys(LISTS) as MajorDiseaseArea[])
  .flatMap((area) => parseList(area, LISTS[area]))
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
