import type { MajorDiseaseArea } from '../specialties/enums.ts';
import { ICD10_CATALOGUE, type Icd10Entry } from './catalogue.ts';
import { parseIcd10 } from './code.ts';

export interface Icd10SearchOptions {
  /** Only suggestions of this disease area (the specialty's own, when the picker is opened from it). */
  area?: MajorDiseaseArea;
  /** At most this many results; the picker shows a short list. Default 20. */
  limit?: number;
}

/** Codes compare without the dot, so a coder typing 'I210' or 'i21.0' finds I21.0. */
const codeKey = (code: string) => code.replace('.', '').toUpperCase();
const CODE_PREFIX = /^[A-Za-z]\d{0,2}(?:\.?\d{0,3}(?:[xX]\d{0,3})?)$/;

/**
 * Suggestions for a query: a code prefix (I2, I21., c34) or part of a Chinese name (心肌梗死, 糖尿病).
 * Order: exact code, codes starting with the query, then the broader codes a longer query falls under
 * (I21.000x001 → I21.0, I21), then names starting with the query, then names containing it; catalogue
 * (code) order within each. An empty query lists the catalogue (filtered by area).
 */
export function searchIcd10(query: string, options: Icd10SearchOptions = {}): Icd10Entry[] {
  const { area, limit = 20 } = options;
  const pool = area ? ICD10_CATALOGUE.filter((e) => e.area === area) : ICD10_CATALOGUE;
  // NFKC turns full-width input (Ｉ２１．０) into ASCII; '。' is the dot typed with a Chinese IME.
  const q = query.normalize('NFKC').trim().replace('。', '.');
  if (q === '') return pool.slice(0, limit);
  const ranked: Icd10Entry[][] = [[], [], [], [], []];
  if (CODE_PREFIX.test(q)) {
    const key = codeKey(q);
    for (const e of pool) {
      const own = codeKey(e.code);
      if (own === key) ranked[0]!.push(e);
      else if (own.startsWith(key)) ranked[1]!.push(e);
      else if (key.startsWith(own)) ranked[2]!.push(e);
    }
    // Broader codes closest first: I21.0 before I21.
    ranked[2]!.reverse();
  } else {
    for (const e of pool) {
      if (e.name.startsWith(q)) ranked[3]!.push(e);
      else if (e.name.includes(q)) ranked[4]!.push(e);
    }
  }
  return ranked.flat().slice(0, limit);
}

const BY_CODE = new Map(ICD10_CATALOGUE.map((e) => [e.code, e]));

/** The catalogue entry for a code, tidied first ('i21.0' finds I21.0); undefined for free-entry codes. */
export function findIcd10(code: string): Icd10Entry | undefined {
  const parsed = parseIcd10(code);
  return parsed.ok ? BY_CODE.get(parsed.code) : undefined;
}

/**
 * The major disease area an ICD-10 chapter belongs to, for codes typed freely (not in the catalogue):
 * C00–C97 恶性肿瘤, I00–I99 循环系统 → 心脑血管疾病, J00–J99 呼吸系统疾病, E00–E90 内分泌营养代谢 → 代谢性疾病.
 * The catalogue's own tagging wins where a code is managed by another area (G45 → 心脑血管 …).
 */
export function diseaseAreaOfCode(code: string): MajorDiseaseArea | null {
  const parsed = parseIcd10(code);
  if (!parsed.ok) return null;
  const known = BY_CODE.get(parsed.code) ?? BY_CODE.get(parsed.category);
  if (known) return known.area;
  const letter = parsed.category[0];
  const n = Number(parsed.category.slice(1));
  if (letter === 'C' && n <= 97) return '恶性肿瘤';
  if (letter === 'I') return '心脑血管疾病';
  if (letter === 'J') return '呼吸系统疾病';
  if (letter === 'E' && n <= 90) return '代谢性疾病';
  return null;
}
