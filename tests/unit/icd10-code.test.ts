import { describe, expect, it } from 'vitest';
import { Icd10CodeSchema, isIcd10Code, normalizeIcd10, parseIcd10 } from '#shared/domain/icd10/index.ts';

describe('icd10: format', () => {
  it('accepts WHO categories and subcategories, national extensions and 国家临床版 2.0 codes', () => {
    expect(['I21', 'I21.0', 'C34.1', 'E11.9', 'J44.1', 'U07.1'].map((c) => parseIcd10(c))).toEqual([
      { ok: true, code: 'I21', category: 'I21', level: 'CATEGORY' },
      { ok: true, code: 'I21.0', category: 'I21', level: 'SUBCATEGORY' },
      { ok: true, code: 'C34.1', category: 'C34', level: 'SUBCATEGORY' },
      { ok: true, code: 'E11.9', category: 'E11', level: 'SUBCATEGORY' },
      { ok: true, code: 'J44.1', category: 'J44', level: 'SUBCATEGORY' },
      { ok: true, code: 'U07.1', category: 'U07', level: 'SUBCATEGORY' },
    ]);
    expect(parseIcd10('E11.90')).toMatchObject({ ok: true, level: 'EXTENDED' });
    expect(parseIcd10('I21.000')).toMatchObject({ ok: true, level: 'CLINICAL' });
    expect(parseIcd10('I21.000x001')).toMatchObject({ ok: true, code: 'I21.000x001', category: 'I21', level: 'CLINICAL' });
    expect(parseIcd10('E11.2†')).toMatchObject({ ok: true, code: 'E11.2†', category: 'E11' });
    expect(parseIcd10('H36.0*')).toMatchObject({ ok: true, code: 'H36.0*' });
  });

  it('tidies what people type: case, full width, spaces, 。, a missing dot, X and +', () => {
    expect(normalizeIcd10(' i21.0 ')).toBe('I21.0');
    expect(normalizeIcd10('Ｉ２１．０')).toBe('I21.0');
    expect(normalizeIcd10('I21。0')).toBe('I21.0');
    expect(normalizeIcd10('I210')).toBe('I21.0');
    expect(normalizeIcd10('I21000X001')).toBe('I21.000x001');
    expect(normalizeIcd10('E11.2+')).toBe('E11.2†');
  });

  it('says what is wrong with a malformed code', () => {
    const error = (code: string) => {
      const parsed = parseIcd10(code);
      return parsed.ok ? null : parsed.error;
    };
    expect(error('')).toBe('请填写 ICD-10 编码');
    expect(error('210')).toContain('应以 1 个英文字母开头');
    expect(error('I2')).toContain('的字母后应为 2 位数字');
    expect(error('I21.0x001')).toBe('ICD-10 编码「I21.0x001」的附加码 x 只能跟在小数点后 3 位数字之后，如 I21.000x001');
    expect(error('I21.0000')).toContain('格式不正确');
    expect(error('I21.')).toContain('格式不正确');
    expect(error('心梗')).toContain('应以 1 个英文字母开头');
  });

  it('stores only the tidy form: the schema names it when the input is sloppy', () => {
    expect(isIcd10Code('I21.0')).toBe(true);
    expect(isIcd10Code('i21.0')).toBe(false);
    expect(Icd10CodeSchema.safeParse('C34.1').success).toBe(true);
    expect(Icd10CodeSchema.safeParse('c341').error?.issues[0]?.message).toBe('ICD-10 编码应写作「C34.1」');
    expect(Icd10CodeSchema.safeParse('XX').error?.issues[0]?.message).toContain('的字母后应为 2 位数字');
    expect(Icd10CodeSchema.safeParse(21).error?.issues[0]?.message).toBe('ICD-10 编码应为文字');
  });
});
