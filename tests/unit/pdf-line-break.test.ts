import { describe, expect, it } from 'vitest';
import { breakUnits, splitForLineBreaking, tidySpaces } from '#shared/export/pdf/line-break.ts';

describe('Chinese line breaking for react-pdf', () => {
  it('breaks between any two Han characters', () => {
    expect(breakUnits('临床专科')).toEqual(['临', '床', '专', '科']);
  });

  it('keeps closing punctuation with the character before it', () => {
    expect(breakUnits('重点专科，提升能力。')).toEqual(['重', '点', '专', '科，', '提', '升', '能', '力。']);
    expect(breakUnits('学科、专科；病种：')).toEqual(['学', '科、', '专', '科；', '病', '种：']);
    expect(breakUnits('（一）总体要求')).toEqual(['（一）', '总', '体', '要', '求']);
  });

  it('keeps opening punctuation with the character after it', () => {
    expect(breakUnits('贯彻《指导意见》')).toEqual(['贯', '彻', '《指', '导', '意', '见》']);
    expect(breakUnits('以“患者”为中心')).toEqual(['以', '“患', '者”', '为', '中', '心']);
  });

  it('keeps Latin and digit runs whole, with their decimals and trailing marks', () => {
    expect(breakUnits('PM2.5浓度下降3.5%，')).toEqual(['PM2.5', '浓', '度', '下', '降', '3.5%，']);
    expect(breakUnits('ICD-10编码')).toEqual(['ICD-10', '编', '码']);
    expect(breakUnits('2024年1月8日')).toEqual(['2024', '年', '1', '月', '8', '日']);
    expect(breakUnits('〔2024〕12号')).toEqual(['〔2024〕', '12', '号']);
  });

  it('keeps a run that textkit cut at a script change together ("1+" before "N")', () => {
    expect(breakUnits('中心的“1+')).toEqual(['中', '心', '的', '“1+']);
  });

  it('returns empty strings between units, never a hyphen', () => {
    const parts = splitForLineBreaking('建设规划。');
    expect(parts).toEqual(['建', '', '设', '', '规', '', '划。']);
    expect(parts.join('')).toBe('建设规划。');
    expect(parts.some((p) => p.includes('-'))).toBe(false);
  });

  it('gives a word without break points back whole', () => {
    expect(splitForLineBreaking('CMI')).toEqual(['CMI']);
    expect(splitForLineBreaking('')).toEqual([]);
  });

  it('never lets a unit start with closing punctuation unless the word does', () => {
    const text = '医院心血管内科、神经内科、呼吸与危重症医学科等学科综合实力稳步提升，胸痛中心（CPC）、卒中中心通过国家级认证。';
    const units = breakUnits(text);
    expect(units.join('')).toBe(text);
    for (const unit of units) expect(unit).not.toMatch(/^[，。、；：！？）》」]/);
    for (const unit of units) expect(unit).not.toMatch(/[（《「“]$/);
  });

  it('drops half-width spaces next to Chinese characters only', () => {
    expect(tidySpaces('编制床位 2200 张，CHS-DRG 2.0 分组')).toBe('编制床位2200张，CHS-DRG 2.0分组');
  });
});
