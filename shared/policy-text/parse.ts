/**
 * One numbered part of the guidance. Refs follow the document's own numbering and are what rules, goals and
 * plan sections cite: '一' … '五' for sections, '三.（一）' for sub-sections, and '四.1' … '四.13' for the
 * measures, which the document numbers 1–13 straight through section 四's three sub-sections.
 */
export interface PolicyArticle {
  ref: string;
  /** The number as printed: '四、', '（一）', '3.'. */
  label: string;
  /** 1 一、 · 2 （一） · 3 1. (GB/T 9704 heading levels). */
  level: 1 | 2 | 3;
  /** '主要措施'; for levels 2–3 the sentence up to the first 。 ('全面梳理医学学科发展现状'). */
  title: string;
  /** The article's own text without its number; for levels 2–3 the first paragraph begins with the title. */
  paragraphs: string[];
  /** The enclosing article's ref; null for sections. */
  parent: string | null;
}

export interface PolicyDocument {
  title: string;
  docNumber: string;
  /** 发布时间 and 来源 of the published page. */
  published: string;
  source: string;
  addressee: string;
  preamble: string[];
  articles: PolicyArticle[];
  signature: { organ: string; date: string };
}

const NUMERAL = '[一二三四五六七八九十]+';
const SECTION = new RegExp(`^(${NUMERAL})、(.+)$`);
const SUBSECTION = new RegExp(`^（(${NUMERAL})）(.+)$`);
const MEASURE = /^(\d+)\.\s*(.+)$/;
const isHeading = (p: string) => SECTION.test(p) || SUBSECTION.test(p) || MEASURE.test(p);
/** A paragraph ending in one of these is complete; any other was cut by a page break in the source PDF. */
const ENDS_PARAGRAPH = /[。；：！？”」）]$/;

/**
 * The published text has page breaks inside sentences ("质量安全水 / 平，"): a paragraph that does not end a
 * sentence continues in the next one, unless it is a bare section heading or the next one starts a heading.
 */
function joinBrokenParagraphs(paragraphs: readonly string[]): string[] {
  const joined: string[] = [];
  for (const p of paragraphs) {
    const last = joined[joined.length - 1];
    const continues = last !== undefined && !ENDS_PARAGRAPH.test(last) && !SECTION.test(last) && !isHeading(p);
    if (continues) joined[joined.length - 1] = last + p;
    else joined.push(p);
  }
  return joined;
}

/** Title = text up to the first 。; the rest of the paragraph is body text. */
function splitTitle(text: string): string {
  const stop = text.indexOf('。');
  return stop === -1 ? text : text.slice(0, stop);
}

function take(lines: string[], what: string, test: RegExp): RegExpExecArray {
  const line = lines.shift();
  const match = line === undefined ? null : test.exec(line);
  if (!match) throw new Error(`Guidance text: expected ${what}, found ${JSON.stringify(line)}`);
  return match;
}

/**
 * Parses the guidance as published (title, 发布时间/来源, 文号, addressee, preamble, 一–五, signature). Throws on
 * a layout it does not recognise: the text is generated at build time, so a failure is a build error.
 */
export function parseGuidance(source: string): PolicyDocument {
  const raw = source.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.replace(/\n/g, '').trim()).filter((p) => p !== '');
  const title = take(raw, 'the title', /^(.+)$/)[1]!;
  const meta = take(raw, '发布时间/来源', /^发布时间：(\S+)\s*来源：(\S+)$/);
  const docNumber = take(raw, 'the document number', /^(.+〔\d{4}〕\d+号)$/)[1]!;
  const addressee = take(raw, 'the addressee', /^(.+：)$/)[1]!;
  const date = raw.pop() ?? '';
  const organ = raw.pop() ?? '';
  if (!/^\d{4}年\d{1,2}月\d{1,2}日$/.test(date)) throw new Error(`Guidance text: expected a closing date, found ${JSON.stringify(date)}`);

  const preamble: string[] = [];
  const articles: PolicyArticle[] = [];
  let section: PolicyArticle | null = null;
  let subsection: PolicyArticle | null = null;
  let current: PolicyArticle | null = null;
  for (const p of joinBrokenParagraphs(raw)) {
    let m: RegExpExecArray | null;
    if ((m = SECTION.exec(p))) {
      section = { ref: m[1]!, label: `${m[1]!}、`, level: 1, title: m[2]!, paragraphs: [], parent: null };
      subsection = null;
      current = section;
    } else if (section && (m = SUBSECTION.exec(p))) {
      subsection = { ref: `${section.ref}.（${m[1]!}）`, label: `（${m[1]!}）`, level: 2, title: splitTitle(m[2]!), paragraphs: [m[2]!], parent: section.ref };
      current = subsection;
    } else if (section && (m = MEASURE.exec(p))) {
      const parent = subsection ?? section;
      current = { ref: `${section.ref}.${m[1]!}`, label: `${m[1]!}.`, level: 3, title: splitTitle(m[2]!), paragraphs: [m[2]!], parent: parent.ref };
    } else {
      if (current) current.paragraphs.push(p);
      else preamble.push(p);
      continue;
    }
    articles.push(current);
  }
  return { title, docNumber, published: meta[1]!, source: meta[2]!, addressee, preamble, articles, signature: { organ, date } };
}
