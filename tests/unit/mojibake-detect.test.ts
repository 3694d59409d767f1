import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDamagedText, findDamagedText, guidance } from '#shared/policy-text/index.ts';
import { GBK_MOJIBAKE_CHARACTERS, SIMPLIFIED_TRADITIONAL_PAIRS } from '#shared/policy-text/mojibake-tables.ts';
import { ICD10_CATALOGUE } from '#shared/domain/icd10/index.ts';

// The handbook's two copies of the guidance (tests may read ../shared deliberately, its README says).
function handbook(name: string): string[] {
  const file = new URL(`../../../shared/policy/${name}`, import.meta.url);
  if (!existsSync(file)) throw new Error(`Handbook copy missing at ${file.pathname}: this test proves the detector against it`);
  return readFileSync(file, 'utf8').split(/\n/).map((line) => line.trim()).filter((line) => line !== '');
}

/** UTF-8 bytes read back in another encoding: how real mojibake is made. */
const misread = (text: string, encoding: string) => new TextDecoder(encoding).decode(new TextEncoder().encode(text));

describe('damaged text: the policy copies', () => {
  it('flags most paragraphs of the damaged Traditional copy, and every long one', () => {
    const lines = handbook('guidance-2023-22.zh-Hant-damaged.txt');
    const missed = lines.filter((line) => !detectDamagedText(line).damaged);
    expect(missed.length / lines.length).toBeLessThan(0.2);
    // What is left are short headings wholly in Traditional (一、總體要求) and the date: correct text.
    expect(missed.filter((line) => line.length > 12)).toEqual([]);
  });

  it('flags nothing in the clean Simplified copy, file or shipped', () => {
    expect(handbook('guidance-2023-22.zh-CN.txt').filter((line) => detectDamagedText(line).damaged)).toEqual([]);
    const doc = guidance();
    const shipped = [doc.title, ...doc.preamble, ...doc.articles.flatMap((a) => [a.title, ...a.paragraphs])];
    expect(shipped.filter((text) => detectDamagedText(text).damaged)).toEqual([]);
  });

  it('explains the sample from domain.md', () => {
    expect(detectDamagedText('臨床??颇芰ㄔO是醫(yī)院建設').reasons).toEqual([
      '含有连续问号「??」，文字转换时可能有字符丢失',
      '汉字间夹杂带声调的拼音「醫(yī)」，疑似转换时插入了注音',
      '含有注音符号「ㄔ」，汉字文本中不应出现',
      '繁体字与简体字混用（繁体：臨、醫、設；简体：颇）',
    ]);
  });
});

describe('damaged text: each kind', () => {
  it('U+FFFD from bytes that were not text', () => {
    expect(detectDamagedText('心血管\ufffd\ufffd科').reasons).toEqual(['含有替换字符「\ufffd」，文字在转换编码时已损坏']);
  });

  it('UTF-8 read as GBK, including the 医院 → 鍖婚櫌 pattern', () => {
    expect(detectDamagedText('鍖婚櫌').reasons).toEqual(['疑似 UTF-8 文字被按 GBK 解码产生的乱码「鍖婚櫌」']);
    for (const text of ['临床专科能力建设', '心血管内科', '质控专员', '示例市第一人民医院', '恶性肿瘤', '代谢性疾病诊疗中心']) {
      expect(detectDamagedText(misread(text, 'gbk')).damaged, text).toBe(true);
    }
    expect(detectDamagedText('患者锛岃').damaged).toBe(true); // mojibake of '，' alone
  });

  it('UTF-8 read as Latin-1 / Windows-1252', () => {
    expect(detectDamagedText(misread('医院', 'windows-1252')).damaged).toBe(true);
    expect(detectDamagedText('â€œ1+Nâ€\u009d').reasons[0]).toContain('Latin-1');
    expect(detectDamagedText('CafÃ©').damaged).toBe(true);
  });

  it('Bopomofo alone, pinyin alone and mixed scripts alone', () => {
    expect(detectDamagedText('建ㄕ设').reasons).toEqual(['含有注音符号「ㄕ」，汉字文本中不应出现']);
    expect(detectDamagedText('卫生(wèi)健康').reasons).toEqual(['汉字间夹杂带声调的拼音「生(wèi)」，疑似转换时插入了注音']);
    expect(detectDamagedText('醫療質量与安全').reasons).toEqual(['繁体字与简体字混用（繁体：醫、療、質；简体：与）']);
  });
});

describe('damaged text: ordinary clean input', () => {
  const clean = [
    '阿卜杜热合曼·买买提',
    '让-皮埃尔·里夏尔',
    'MDT 开展例数',
    '病例组合指数 CMI 达到 1.25',
    'PM2.5 相关呼吸系统疾病',
    '示医发〔2024〕12号',
    'I21.000x001 急性前壁心肌梗死',
    '“1+N”学科群（优势学科和（或）重点扶持学科牵头）',
    '做B超、X线和O型血检测；维生素C片',
    'α-葡萄糖苷酶抑制剂与β受体阻滞剂',
    '是否开展日间手术？？',
    '100%、≥90 分、≤2.5‰',
    '香港醫院管理局',
    '王宇宸、李楠、张璐、濮阳市人民医院、浠水县人民医院',
    'Réunion',
    '',
  ];
  for (const text of clean) {
    it(`leaves alone: ${text || '(empty)'}`, () => expect(detectDamagedText(text)).toEqual({ damaged: false, reasons: [] }));
  }

  it('keeps its character tables free of clean text and of each other', () => {
    const pairs = [...SIMPLIFIED_TRADITIONAL_PAIRS];
    const traditional = pairs.filter((_, i) => i % 2 === 1);
    expect(pairs.length % 2).toBe(0);
    expect(new Set(pairs).size).toBe(pairs.length);
    const cleanText = handbook('guidance-2023-22.zh-CN.txt').join('') + ICD10_CATALOGUE.map((e) => e.name).join('');
    expect(traditional.filter((c) => cleanText.includes(c))).toEqual([]);
    expect([...GBK_MOJIBAKE_CHARACTERS].filter((c) => cleanText.includes(c) || pairs.includes(c))).toEqual([]);
  });
});

describe('damaged text: records', () => {
  it('finds the damaged fields of a nested record by path', () => {
    const record = { name: '胸痛中心', management: { culture: '臨床??颇芰', orgStructure: '' }, items: ['正常', '鍖婚櫌'], count: 3, qcOfficer: null };
    expect(findDamagedText(record).map((f) => f.path)).toEqual(['management.culture', 'items.1']);
    expect(findDamagedText({ name: '胸痛中心', code: 'I21.0' })).toEqual([]);
  });
});
