import { GUIDANCE_2023_22_TEXT } from './guidance-2023-22.generated.ts';
import { parseGuidance, type PolicyArticle, type PolicyDocument } from './parse.ts';

export { GUIDANCE_2023_22_TEXT } from './guidance-2023-22.generated.ts';
export { parseGuidance, type PolicyArticle, type PolicyDocument } from './parse.ts';
export { detectDamagedText, findDamagedText, type DamagedField, type DamagedTextReport } from './mojibake.ts';

let parsed: { document: PolicyDocument; byRef: Map<string, PolicyArticle> } | null = null;

// Parsed on first use, not at import: the renderer's start-up should not pay for the reader it may not open.
function load() {
  if (!parsed) {
    const document = parseGuidance(GUIDANCE_2023_22_TEXT);
    parsed = { document, byRef: new Map(document.articles.map((a) => [a.ref, a])) };
  }
  return parsed;
}

/** The guidance as a document: front matter, the articles in reading order, the signature. */
export function guidance(): PolicyDocument {
  return load().document;
}

/**
 * The canonical form of an article reference as people write it: '四.3', '四、3', '四 3', bare '3' (domain.md
 * numbers the measures 1–13 alone), '三(一)', '三.(一)', '三.（一）'. Returns the input tidied when it has no
 * known shape; findArticle then finds nothing.
 */
export function normalizeRef(ref: string): string {
  const s = ref.normalize('NFKC').replace(/\s+/g, '').replace(/[、．]/g, '.').replace(/\.$/, '').replace(/\(/g, '（').replace(/\)/g, '）');
  if (/^\d+$/.test(s)) return `四.${s}`;
  const measure = /^([一二三四五六七八九十]+)(\d+)$/.exec(s); // '四 3' once the space is gone
  if (measure) return `${measure[1]!}.${measure[2]!}`;
  const sub = /^([一二三四五六七八九十]+)\.?(（[一二三四五六七八九十]+）)$/.exec(s);
  return sub ? `${sub[1]!}.${sub[2]!}` : s;
}

export function findArticle(ref: string): PolicyArticle | undefined {
  return load().byRef.get(normalizeRef(ref));
}

/** Direct children in reading order ('四' → its three sub-sections; '四.（二）' → measures 3–6). */
export function childArticles(ref: string): PolicyArticle[] {
  const own = normalizeRef(ref);
  return load().document.articles.filter((a) => a.parent === own);
}

export interface PolicyMatch {
  ref: string;
  title: string;
  /** Index into the article's paragraphs, or null for a match in a section heading's title. */
  paragraph: number | null;
  before: string;
  match: string;
  after: string;
}

export interface PolicySearchOptions {
  /** Characters of context on each side; default 24. */
  context?: number;
  /** Default 50. */
  limit?: number;
}

/**
 * Text folded for searching, with the position of each folded character in the original: spaces dropped
 * ('到 2025 年末' matches '2025年末'), full-width Latin and digits made half-width, Latin lower-cased.
 */
function fold(text: string): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (/\s/.test(text[i]!)) continue;
    const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : text[i]!;
    folded += half.toLowerCase();
    at.push(i);
  }
  return { folded, at };
}

/** Every occurrence of `query` in the guidance, in reading order, with context for a result list. */
export function searchPolicy(query: string, options: PolicySearchOptions = {}): PolicyMatch[] {
  const { context = 24, limit = 50 } = options;
  const needle = fold(query).folded;
  if (needle === '') return [];
  const matches: PolicyMatch[] = [];
  for (const article of load().document.articles) {
    const texts: [number | null, string][] = article.level === 1 ? [[null, article.title]] : [];
    article.paragraphs.forEach((p, i) => texts.push([i, p]));
    for (const [paragraph, text] of texts) {
      const { folded, at } = fold(text);
      for (let found = folded.indexOf(needle); found !== -1; found = folded.indexOf(needle, found + needle.length)) {
        const start = at[found]!;
        const end = at[found + needle.length - 1]! + 1;
        matches.push({
          ref: article.ref,
          title: article.title,
          paragraph,
          before: text.slice(Math.max(0, start - context), start),
          match: text.slice(start, end),
          after: text.slice(end, end + context),
        });
        if (matches.length >= limit) return matches;
      }
    }
  }
  return matches;
}
