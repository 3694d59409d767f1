// Issue 7 benchmark: one sheet of 20,000 rows × 15 columns written by our exceljs sheet writer (every format
// the workbook needs: styled frozen header, number formats, widths, dropdown lists, print setup) and by
// SheetJS (`xlsx`, values only, its own defaults) from the same values, alternating in one run. Timings are
// printed, never asserted. Standalone: `npx tsx tests/bench/workbook.bench.ts`.
import { pathToFileURL } from 'node:url';
import * as XLSX from 'xlsx';
import type { CellValue, TableColumn, TableView } from '#shared/export/tables/index.ts';
import { buildViewsWorkbook } from '#shared/export/workbook/index.ts';
import { printTable, type Figure } from './harness.ts';

export const ROWS = 20_000;
const RUNS = 5;
const NOW = new Date('2026-12-01T00:00:00Z');

const STATUSES = ['未开始', '进行中', '已完成', '已取消'] as const;
const ELEMENTS = ['人员', '设备设施', '医疗技术', '药品', '器械'] as const;
const WORDS = ['心血管', '呼吸', '肿瘤', '代谢', '神经', '骨科', '微创', '介入', '内镜', '质控', '培训', '远程'];

/** 15 columns of every kind the views use: CJK text of mixed length, enums, integers, decimals, money, dates. */
export const BENCH_COLUMNS: TableColumn[] = [
  { key: 'specialty', label: '专科', kind: 'text', width: 18 },
  { key: 'title', label: '任务名称', kind: 'text', width: 28 },
  { key: 'owner', label: '负责人', kind: 'text', width: 8 },
  { key: 'status', label: '状态', kind: 'text', width: 6, options: STATUSES },
  { key: 'element', label: '要素类型', kind: 'text', width: 8, options: ELEMENTS },
  { key: 'start', label: '开始日期', kind: 'date', width: 10 },
  { key: 'end', label: '结束日期', kind: 'date', width: 10 },
  { key: 'year', label: '年度', kind: 'integer', width: 6 },
  { key: 'current', label: '现有数量', kind: 'decimal', width: 8 },
  { key: 'required', label: '需求数量', kind: 'decimal', width: 8 },
  { key: 'budget', label: '预算（万元）', kind: 'money', width: 10 },
  { key: 'rate', label: '完成率', kind: 'percent', width: 8 },
  { key: 'count', label: '计划人次', kind: 'integer', width: 8 },
  { key: 'observed', label: '监测值', kind: 'decimal', width: 8 },
  { key: 'notes', label: '说明', kind: 'text', width: 30 },
];

/** Deterministic rows (fixed LCG); about one observed value in ten is 未填报, as real sheets have. */
export function benchView(rows = ROWS): TableView {
  let state = 7;
  const rand = () => ((state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0) / 4_294_967_296);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const phrase = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join('');
  const date = (year: number) => `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const list: Record<string, CellValue>[] = [];
  for (let i = 0; i < rows; i++) {
    const year = 2024 + (i % 5);
    list.push({
      specialty: `${phrase(2)}专科`,
      title: `${phrase(3 + Math.floor(rand() * 4))}建设任务 ${i + 1}`,
      owner: pick(['张伟', '王芳', '李娜', '刘洋', '陈静']),
      status: pick(STATUSES),
      element: pick(ELEMENTS),
      start: date(year),
      end: date(year + 1),
      year,
      current: Math.round(rand() * 1000) / 10,
      required: Math.round(rand() * 2000) / 10,
      budget: Math.round(rand() * 1_000_000) / 100,
      rate: Math.round(rand() * 1000) / 1000,
      count: Math.floor(rand() * 500),
      observed: rand() < 0.1 ? '未填报' : Math.round(rand() * 10_000) / 100,
      notes: rand() < 0.5 ? '' : phrase(6 + Math.floor(rand() * 10)),
    });
  }
  return { id: 'milestones', title: '基准测试', columns: BENCH_COLUMNS, rows: list };
}

/** The same values as an array of arrays for SheetJS: dates as Date objects, as our writer converts them. */
function toAoa(view: TableView): unknown[][] {
  const aoa: unknown[][] = [view.columns.map((c) => c.label)];
  for (const row of view.rows) {
    aoa.push(
      view.columns.map((c) => {
        const v = row[c.key] ?? null;
        return c.kind === 'date' && typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : v;
      }),
    );
  }
  return aoa;
}

export function writeWithSheetJs(view: TableView): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(toAoa(view), { cellDates: true });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, view.title);
  return XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as Uint8Array;
}

export const writeWithExcelJs = (view: TableView) => buildViewsWorkbook([view], { now: NOW });

/**
 * Wall time and this process's CPU time (user + system). On a shared machine wall time includes waiting for
 * a core; CPU time is the work itself, so both are printed.
 */
async function time<T>(run: () => Promise<T> | T): Promise<{ ms: number; cpu: number; result: T }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await run();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000, result };
}

export async function benchWorkbook(): Promise<Figure[]> {
  const view = benchView();
  const ours: number[] = [];
  const peer: number[] = [];
  const oursCpu: number[] = [];
  const peerCpu: number[] = [];
  const sizes = { ours: 0, peer: 0 };
  // One warm-up each (module loading, JIT), then alternate so drift in machine load hits both alike.
  await writeWithExcelJs(view);
  writeWithSheetJs(view);
  for (let i = 0; i < RUNS; i++) {
    const a = await time(() => writeWithExcelJs(view));
    const b = await time(() => writeWithSheetJs(view));
    ours.push(a.ms);
    peer.push(b.ms);
    oursCpu.push(a.cpu);
    peerCpu.push(b.cpu);
    sizes.ours = a.result.byteLength;
    sizes.peer = b.result.byteLength;
  }
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  return [
    {
      name: `write ${ROWS.toLocaleString('en')} rows × ${BENCH_COLUMNS.length} columns, formatted (exceljs, ${kb(sizes.ours)})`,
      unit: 'ms',
      samples: ours,
      peer: { name: `SheetJS xlsx 0.18.5, values only (${kb(sizes.peer)})`, samples: peer },
    },
    {
      name: 'the same, CPU time of the process (user + system)',
      unit: 'ms',
      samples: oursCpu,
      peer: { name: 'SheetJS, CPU time', samples: peerCpu },
    },
  ];
}

/** Prints the table with the ratio against the 1.5× budget of issue 7 (a ratio budget, not a time). */
export function printWorkbookBench(figures: Figure[]): void {
  printTable('Workbook export (Node): exceljs with formatting vs SheetJS, same values; budget exceljs ≤ 1.5× SheetJS', figures);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printWorkbookBench(await benchWorkbook());
}
