// Date ↔ pixel arithmetic of the timeline. Dates are whole days (UTC day numbers), so no time zone or daylight
// saving change can shift a bar; ISO strings compare and convert without dayjs in the hot paths (5,000 bars).

export type Zoom = 'YEAR' | 'QUARTER' | 'MONTH';

export const ZOOM_LABELS: Record<Zoom, string> = { YEAR: '年', QUARTER: '季度', MONTH: '月' };

/** Pixels per day at each zoom: a year ≈ 110 px (2024–2030 fits a laptop screen), a quarter ≈ 90 px, a month ≈ 110 px. */
const PX_PER_DAY: Record<Zoom, number> = { YEAR: 0.3, QUARTER: 1.0, MONTH: 3.6 };

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

const daysInMonth = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

/**
 * The same day `months` calendar months on, clamped to the month's length; the last day of a month stays the
 * last day (2024-09-30 → 2024-10-31), so month-aligned tasks stay aligned.
 */
export function addMonths(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4));
  const month0 = Number(iso.slice(5, 7)) - 1;
  const day = Number(iso.slice(8, 10));
  const target = new Date(Date.UTC(year, month0 + months, 1));
  const length = daysInMonth(target.getUTCFullYear(), target.getUTCMonth());
  const targetDay = day === daysInMonth(year, month0) ? length : Math.min(day, length);
  return `${target.toISOString().slice(0, 8)}${String(targetDay).padStart(2, '0')}`;
}

export interface TimeScale {
  zoom: Zoom;
  pxPerDay: number;
  /** Day number of the left edge (1 January of the first year). */
  origin: number;
  firstYear: number;
  lastYear: number;
  width: number;
  /** Left edge of a day. */
  x: (iso: string) => number;
}

/** A scale covering whole years from `firstYear` to `lastYear`. */
export function timeScale(zoom: Zoom, firstYear: number, lastYear: number): TimeScale {
  const pxPerDay = PX_PER_DAY[zoom];
  const origin = dayNumber(`${firstYear}-01-01`);
  const width = (dayNumber(`${lastYear + 1}-01-01`) - origin) * pxPerDay;
  return { zoom, pxPerDay, origin, firstYear, lastYear, width, x: (iso) => (dayNumber(iso) - origin) * pxPerDay };
}

export interface Tick {
  key: string;
  label: string;
  /** Full wording for the tooltip, e.g. 2026年第三季度. */
  title: string;
  left: number;
  width: number;
}

const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];
const QUARTER_SHORT = ['一季度', '二季度', '三季度', '四季度'];
const HALF_NAMES = ['上半年', '下半年'];

function span(scale: TimeScale, start: string, endExclusive: string) {
  const left = scale.x(start);
  return { left, width: scale.x(endExclusive) - left };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The two header rows: years on top; half-years, quarters or months below, all in Chinese. */
export function headerTicks(scale: TimeScale): { top: Tick[]; bottom: Tick[] } {
  const top: Tick[] = [];
  const bottom: Tick[] = [];
  for (let y = scale.firstYear; y <= scale.lastYear; y++) {
    top.push({ key: `${y}`, label: `${y}年`, title: `${y}年`, ...span(scale, `${y}-01-01`, `${y + 1}-01-01`) });
    const parts = scale.zoom === 'YEAR' ? 2 : scale.zoom === 'QUARTER' ? 4 : 12;
    const months = 12 / parts;
    for (let i = 0; i < parts; i++) {
      const from = `${y}-${pad(i * months + 1)}-01`;
      const to = i === parts - 1 ? `${y + 1}-01-01` : `${y}-${pad((i + 1) * months + 1)}-01`;
      const [label, title] =
        scale.zoom === 'YEAR'
          ? [HALF_NAMES[i]!, `${y}年${HALF_NAMES[i]}`]
          : scale.zoom === 'QUARTER'
            ? [QUARTER_SHORT[i]!, `${y}年${QUARTER_NAMES[i]}`]
            : [`${i + 1}月`, `${y}年${i + 1}月`];
      bottom.push({ key: `${y}-${i}`, label, title, ...span(scale, from, to) });
    }
  }
  return { top, bottom };
}

/** 2026-03-05 → 2026年3月5日, the way dates read in tooltips. */
export function chineseDate(iso: string): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}
