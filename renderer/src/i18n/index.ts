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

export { compareText } from './collate.ts';
