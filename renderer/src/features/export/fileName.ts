import dayjs from 'dayjs';
import type { KindInfo } from './kinds.ts';

// Characters Windows, macOS or a zip reader refuse in a file name, plus control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;

function clean(part: string): string {
  return part.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();
}

/**
 * 示例市第一人民医院-临床专科建设规划-2026-12-01.xlsx; with a picked specialty or contract its name goes
 * before the document word (示例市第一人民医院-心血管内科-专科建设任务书-2026-12-01.pdf), or replaces it when it
 * names the document itself, as a contract's title does. The date is the
 * local calendar day, as the office would write it.
 */
export function suggestedFileName(hospitalName: string, info: Pick<KindInfo, 'fileWord' | 'extension'>, now: Date, subject?: string): string {
  // A contract's title already names the document (…目标责任书（2027—2031年）): no second 目标责任书.
  const word = subject?.includes(info.fileWord) ? undefined : info.fileWord;
  const parts = [hospitalName, subject, word].map((p) => (p === undefined ? '' : clean(p))).filter((p) => p !== '');
  // The save channel accepts 200 characters; a very long name loses its tail, never the date.
  const head = parts.join('-').slice(0, 160);
  return `${head}-${dayjs(now).format('YYYY-MM-DD')}.${info.extension}`;
}
