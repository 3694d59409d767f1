import { describe, expect, it } from 'vitest';
import { ICD10_CATALOGUE, diseaseAreaOfCode, findIcd10, isIcd10Code, searchIcd10 } from '#shared/domain/icd10/index.ts';
import { MAJOR_DISEASE_AREAS } from '#shared/domain/specialties/index.ts';
import { detectDamagedText } from '#shared/policy-text/index.ts';

describe('icd10: seed catalogue', () => {
  it('holds about 150 well-formed, unique codes with Chinese names, sorted by code', () => {
    expect(ICD10_CATALOGUE.length).toBeGreaterThanOrEqual(150);
    const codes = ICD10_CATALOGUE.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
    for (const e of ICD10_CATALOGUE) {
      expect(isIcd10Code(e.code), e.code).toBe(true);
      expect(e.name, e.code).toMatch(/[\u4e00-\u9fff]/);
      expect(detectDamagedText(e.name).damaged, e.name).toBe(false);
    }
  });

  it('covers each of the four major disease areas with the codes issue 5 names', () => {
    for (const area of MAJOR_DISEASE_AREAS) expect(ICD10_CATALOGUE.filter((e) => e.area === area).length, area).toBeGreaterThanOrEqual(30);
    const named = ['I10', 'I20', 'I21', 'I22', 'I23', 'I24', 'I25', 'I48', 'I50', 'I60', 'I61', 'I62', 'I63', 'I64', 'C15', 'C16', 'C18', 'C19', 'C20', 'C22', 'C25', 'C34', 'C50', 'C53', 'C61', 'C73', 'J18', 'J44', 'J45', 'J84', 'J96', 'E10', 'E11', 'E66', 'E78', 'E05'];
    expect(named.filter((code) => !findIcd10(code))).toEqual([]);
    expect(findIcd10('I21')).toEqual({ code: 'I21', name: '急性心肌梗死', area: '心脑血管疾病' });
  });
});

describe('icd10: search', () => {
  it('finds by code prefix, exact code first, ignoring case and the dot', () => {
    expect(searchIcd10('I21').map((e) => e.code)).toEqual(['I21', 'I21.0', 'I21.1', 'I21.4', 'I21.9']);
    expect(searchIcd10('i210').map((e) => e.code)).toEqual(['I21.0', 'I21']);
    expect(searchIcd10('c34.').map((e) => e.code)).toEqual(['C34', 'C34.1', 'C34.3', 'C34.9']);
    expect(searchIcd10('Ｅ１１').map((e) => e.code)[0]).toBe('E11');
  });

  it('suggests the broader codes a clinical code falls under', () => {
    expect(searchIcd10('I21.000x001').map((e) => e.code)).toEqual(['I21.0', 'I21']);
  });

  it('finds by Chinese name, names starting with the query first', () => {
    const names = searchIcd10('心肌梗死').map((e) => e.name);
    expect(names).toContain('急性心肌梗死');
    expect(names).toContain('陈旧性心肌梗死');
    expect(searchIcd10('糖尿病', { limit: 100 }).every((e) => e.name.includes('糖尿病'))).toBe(true);
    expect(searchIcd10('肺')[0]!.name.startsWith('肺')).toBe(true);
  });

  it('filters by area and honours the limit', () => {
    expect(searchIcd10('', { area: '呼吸系统疾病', limit: 500 }).every((e) => e.area === '呼吸系统疾病')).toBe(true);
    expect(searchIcd10('', { limit: 5 })).toHaveLength(5);
    expect(searchIcd10('恶性肿瘤', { limit: 3 })).toHaveLength(3);
    expect(searchIcd10('不存在的病')).toEqual([]);
  });

  it('tells the disease area of free-entry codes by chapter', () => {
    expect(diseaseAreaOfCode('C80.1')).toBe('恶性肿瘤');
    expect(diseaseAreaOfCode('I21.000x001')).toBe('心脑血管疾病');
    expect(diseaseAreaOfCode('J30')).toBe('呼吸系统疾病');
    expect(diseaseAreaOfCode('E89')).toBe('代谢性疾病');
    expect(diseaseAreaOfCode('G45.9')).toBe('心脑血管疾病'); // its category is in the catalogue
    expect(diseaseAreaOfCode('G40')).toBeNull();
    expect(diseaseAreaOfCode('K35')).toBeNull();
    expect(diseaseAreaOfCode('乱码')).toBeNull();
  });
});
