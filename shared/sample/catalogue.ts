/**
 * Discipline pools for the province sample, one per kind of hospital. Notation, to keep the lists readable:
 * '子<父' is a sub-discipline of 父 (linked when the hospital has 父), and 'a|b' offers real-world name
 * variants of one discipline (放射科 is what many 二级 hospitals call 医学影像科), so the measure-5 check meets
 * the names hospitals actually use.
 */
export type HospitalKind = 'GENERAL' | 'TCM' | 'MATERNAL_CHILD' | 'CHILDREN' | 'TUMOUR' | 'PSYCHIATRIC';

/** What measure 5 expects of a general hospital, written the way the catalogue names them. */
const GENERAL_EXPECTED = [
  '内科', '外科', '妇产科', '儿科', '急诊医学科|急诊科', '精神科|精神心理科|心理卫生科',
  '麻醉科', '医学影像科|放射科', '检验科|医学检验科', '重症医学科', '病理科',
];

/** Support and platform disciplines most hospitals of any kind have. */
const COMMON = [
  '急诊医学科|急诊科', '麻醉科', '医学影像科|放射科', '检验科|医学检验科', '重症医学科', '病理科',
  '超声医学科', '输血科', '核医学科', '康复医学科', '中医科', '营养科', '口腔科', '眼科', '耳鼻咽喉科',
  '皮肤科', '感染性疾病科', '全科医学科', '健康管理科', '疼痛科',
];

const GENERAL_SPECIFIC = [
  '心血管内科<内科', '呼吸与危重症医学科<内科', '消化内科<内科', '内分泌科<内科', '神经内科<内科',
  '肾内科<内科', '血液内科<内科', '肿瘤科<内科', '风湿免疫科<内科', '老年医学科<内科',
  '普通外科<外科', '骨科<外科', '神经外科<外科', '胸外科<外科', '心脏大血管外科<外科', '泌尿外科<外科',
  '肝胆胰外科<外科', '胃肠外科<外科', '甲状腺乳腺外科<外科', '血管外科<外科', '烧伤整形科<外科',
  '小儿外科<外科', '手足外科<外科', '新生儿科<儿科', '生殖医学科<妇产科', '放射治疗科', '介入科',
  '肛肠科', '运动医学科', '职业病科',
];

const TCM_SPECIFIC = [
  '心病科', '脑病科', '肺病科', '脾胃病科', '肾病科', '内分泌科', '肿瘤科', '风湿病科', '血液病科',
  '老年病科', '针灸科', '推拿科', '骨伤科', '关节科<骨伤科', '脊柱科<骨伤科', '中医外科', '肛肠科',
  '妇科', '产科', '儿科', '男科', '乳腺科', '周围血管病科', '治未病科', '普通外科', '糖尿病科<内分泌科',
];

const SPECIALIZED: Record<'MATERNAL_CHILD' | 'CHILDREN' | 'TUMOUR' | 'PSYCHIATRIC', string[]> = {
  MATERNAL_CHILD: [
    '妇科', '产科', '儿科', '新生儿科<儿科', '儿童保健科', '妇女保健科', '生殖医学科', '乳腺科', '计划生育科',
    '产前诊断科<产科', '小儿外科', '儿童康复科', '医学遗传科', '小儿内分泌科<儿科', '更年期保健科<妇女保健科',
    '青春期保健科<儿童保健科', '妇科内分泌科<妇科', '盆底康复科<妇科',
  ],
  CHILDREN: [
    '小儿呼吸科', '小儿消化科', '小儿心血管科', '小儿神经内科', '小儿肾脏科', '小儿血液肿瘤科', '小儿内分泌科',
    '新生儿科', '小儿感染科', '小儿普外科', '小儿骨科', '小儿泌尿外科', '小儿心胸外科', '小儿神经外科',
    '儿童保健科', '发育行为儿科',
  ],
  TUMOUR: [
    '肿瘤内科', '放射治疗科', '胸外科', '胃肠外科', '肝胆外科', '乳腺外科', '头颈外科', '妇科肿瘤科',
    '泌尿肿瘤科', '骨与软组织肿瘤科', '血液肿瘤科<肿瘤内科', '介入治疗科', '中西医结合肿瘤科', '姑息医学科',
    '内镜中心', '淋巴瘤科<肿瘤内科', '神经肿瘤科', '肿瘤防治科',
  ],
  PSYCHIATRIC: [
    '普通精神科', '老年精神科', '儿童青少年精神科', '临床心理科', '物质依赖科', '睡眠医学科', '精神康复科',
    '心身医学科', '神经内科', '早期干预科', '危机干预科', '心境障碍科', '精神科一病区<普通精神科',
    '精神科二病区<普通精神科',
  ],
};

/** Disciplines that serve the others (measure 5's 平台学科 and their kin): classified PLATFORM, rarely bedded. */
export const PLATFORM_NAMES = new Set([
  '麻醉科', '医学影像科', '放射科', '检验科', '医学检验科', '重症医学科', '病理科', '超声医学科', '输血科',
  '核医学科', '内镜中心', '介入治疗科',
]);

export interface CatalogueEntry {
  variants: string[];
  parent: string | null;
}

function parse(entries: readonly string[]): CatalogueEntry[] {
  return entries.map((entry) => {
    const [names = '', parent] = entry.split('<');
    return { variants: names.split('|'), parent: parent ?? null };
  });
}

/** Pool of a kind, expected disciplines first, without repeats (the first spelling of an entry wins). */
export function catalogueFor(kind: HospitalKind): { expected: CatalogueEntry[]; optional: CatalogueEntry[] } {
  const expected = kind === 'GENERAL' ? GENERAL_EXPECTED : [];
  const specific = kind === 'GENERAL' ? GENERAL_SPECIFIC : kind === 'TCM' ? TCM_SPECIFIC : SPECIALIZED[kind];
  // A TCM hospital is itself 中医: its own 中医科 would be a duplicate of the whole hospital.
  const common = kind === 'TCM' ? COMMON.filter((name) => name !== '中医科') : COMMON;
  const optional = [...new Set([...specific, ...common])].filter((entry) => !expected.includes(entry));
  return { expected: parse(expected), optional: parse(optional) };
}
