import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

export { default as antdLocale } from 'antd/locale/zh_CN';
export * from './zh-CN.ts';

/** Dates in pickers and relative times read in Chinese; called once before the first render. */
export function setupLocale(): void {
  dayjs.locale('zh-cn');
}

export function formatTime(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm');
}

// One collator for every comparison: localeCompare with a locale looks one up per call (sorting a province's
// ~8,000 names: 30-75 ms against 17-23 ms in Chromium here). Same order as localeCompare(b, 'zh-Hans-CN').
const pinyin = new Intl.Collator('zh-Hans-CN');

/** Compares two Chinese texts in pinyin order, for sorting names in tables and lists. */
export const compareText = (a: string, b: string): number => pinyin.compare(a, b);
