import type { AllTables } from '#shared/domain/index.ts';
import { SystemFontSchema, type SystemFont } from '#shared/ipc/fonts.ts';

// The messages between the export page and its Web Worker. Five kinds and nothing else: the page sends
// `request` and `cancel`; the worker answers `progress`, then exactly one of `done` or `error` (a cancelled
// job answers nothing, and the page terminates the worker anyway so that work stops mid-computation).
// Every message carries the job's id, so a late message of an earlier job can never be taken for the
// current one's.

/** What the office can export (the 导出与提交 page lists them in this order). */
export const DOCUMENT_KINDS = ['workbook', 'plan', 'specialties', 'contracts', 'all'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type FileExtension = 'xlsx' | 'pdf' | 'zip';

/**
 * The PDF fonts the user asked for: the official system fonts main reported (pdf-system-fonts) when
 * 使用系统字体 is on, the bundled subsets for every other face.
 */
export interface PdfFontChoice {
  useSystem: boolean;
  available: SystemFont[];
}

/** Which document, for whom. The worker gets the date from the page so that the file name and the document agree. */
export interface ExportTarget {
  kind: DocumentKind;
  hospitalId: string;
  /** 专科建设任务书 of this specialty only; all of the hospital's when absent. */
  specialtyId?: string;
  /** 目标责任书 of this contract only; all of the hospital's when absent. */
  contractId?: string;
  /** ISO timestamp of "now" on the page. */
  now: string;
  /** PDF fonts; the bundled subsets when absent. */
  fonts?: PdfFontChoice;
}

export interface ExportRequest {
  type: 'request';
  jobId: number;
  target: ExportTarget;
  tables: AllTables;
}

export interface ExportCancel {
  type: 'cancel';
  jobId: number;
}

export interface ExportProgress {
  type: 'progress';
  jobId: number;
  done: number;
  total: number;
  /** Chinese name of the part being built, e.g. '数据工作簿' while 全部 builds its workbook. */
  stage: string;
}

export interface ExportDone {
  type: 'done';
  jobId: number;
  bytes: Uint8Array<ArrayBuffer>;
  extension: FileExtension;
}

export interface ExportError {
  type: 'error';
  jobId: number;
  /** Chinese, shown to the user as is. */
  message: string;
}

export type ToWorker = ExportRequest | ExportCancel;
export type FromWorker = ExportProgress | ExportDone | ExportError;

const EXTENSIONS: readonly string[] = ['xlsx', 'pdf', 'zip'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function hasJobId(value: Record<string, unknown>): boolean {
  return typeof value.jobId === 'number' && Number.isInteger(value.jobId);
}

function isKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

function isFontChoice(value: unknown): value is PdfFontChoice {
  if (!isRecord(value) || typeof value.useSystem !== 'boolean' || !Array.isArray(value.available)) return false;
  return value.available.every((font) => SystemFontSchema.safeParse(font).success);
}

function isTarget(value: unknown): value is ExportTarget {
  if (!isRecord(value)) return false;
  const optionalId = (v: unknown) => v === undefined || typeof v === 'string';
  return (
    isKind(value.kind) &&
    typeof value.hospitalId === 'string' &&
    typeof value.now === 'string' &&
    optionalId(value.specialtyId) &&
    optionalId(value.contractId) &&
    (value.fonts === undefined || isFontChoice(value.fonts))
  );
}

/** The worker's gate: anything that is not one of the page's two messages is ignored. */
export function isToWorker(value: unknown): value is ToWorker {
  if (!isRecord(value) || !hasJobId(value)) return false;
  if (value.type === 'cancel') return true;
  return value.type === 'request' && isTarget(value.target) && isRecord(value.tables);
}

/** The page's gate: a malformed answer is treated as a failure of the worker, never trusted. */
export function isFromWorker(value: unknown): value is FromWorker {
  if (!isRecord(value) || !hasJobId(value)) return false;
  switch (value.type) {
    case 'progress':
      return typeof value.done === 'number' && typeof value.total === 'number' && typeof value.stage === 'string';
    case 'done':
      return value.bytes instanceof Uint8Array && typeof value.extension === 'string' && EXTENSIONS.includes(value.extension);
    case 'error':
      return typeof value.message === 'string';
    default:
      return false;
  }
}

/** Progress as a whole percentage for the bar: never NaN, never above 100, never 100 before `done`. */
export function progressPercent(done: number, total: number): number {
  if (!(total > 0) || !(done > 0)) return 0;
  return Math.min(99, Math.floor((done / total) * 100));
}

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/**
 * The sentence the user reads when an export fails. The builders throw Chinese messages for problems in the
 * data (those are shown as they are); anything else is a defect, shown behind a Chinese lead-in so the user
 * knows what failed and can quote the detail.
 */
export function describeExportError(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (message && HAS_CHINESE.test(message)) return message;
  return message ? `导出失败：程序内部错误（${message}）` : '导出失败：程序内部错误';
}

/** True for the rejection of a builder that honoured its AbortSignal. */
export function isAbortError(error: unknown): boolean {
  return isRecord(error) && error.name === 'AbortError';
}
