import { Document, pdf } from '@react-pdf/renderer';
import { createElement as h, type ReactNode } from 'react';
import type { DirectorContract } from '#shared/domain/contracts/contract.ts';
import type { AllTables } from '#shared/domain/tables.ts';
import { buildViewFrom, createViewContext } from '#shared/export/tables/index.ts';
import { ContractDocument } from './contract-document.ts';
import type { PdfFonts } from './fonts.ts';
import { PlanDocument } from './plan-document.ts';
import { registerFonts } from './register.ts';
import { officialStyles, type OfficialStyles } from './styles.ts';
import { TaskSheetDocument } from './task-sheet-document.ts';

export type PdfDocKind = 'plan' | 'specialties' | 'contracts' | 'all';
export const PDF_DOC_KINDS: readonly PdfDocKind[] = ['plan', 'specialties', 'contracts', 'all'];

export interface BuildPdfOptions {
  hospitalId: string;
  doc: PdfDocKind;
  /** Font per face: file paths in Node, URLs in a browser or worker, or bytes anywhere (see fonts.ts). */
  fonts: PdfFonts;
  /** Called after each document is laid out in the tree and once more when the file is written. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between documents and before the render; a running render is stopped by ending its worker. */
  signal?: AbortSignalLike;
}

/** The part of AbortSignal buildPdf reads (shared/ compiles without the DOM library). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** Thrown when the hospital has nothing the chosen document needs; the message is for the user. */
export class PdfContentError extends Error {}

/** Thrown when the caller's signal is aborted; named like the DOM's AbortError so callers can test `name`. */
export class PdfAbortError extends Error {
  override name = 'AbortError';
}

/** The newest version of each contract lineage: the one in force (older versions were amended). */
export function currentContracts(contracts: readonly DirectorContract[], hospitalId: string): DirectorContract[] {
  const newest = new Map<string, DirectorContract>();
  for (const c of contracts) {
    if (c.hospitalId !== hospitalId) continue;
    const seen = newest.get(c.rootId);
    if (!seen || seen.versionNo < c.versionNo) newest.set(c.rootId, c);
  }
  return [...newest.values()].sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));
}

type DocumentThunk = (styles: OfficialStyles) => ReactNode;

function documentsFor(tables: AllTables, options: BuildPdfOptions): DocumentThunk[] {
  const { hospitalId, doc } = options;
  const hospital = tables.hospitals.find((x) => x.id === hospitalId);
  if (!hospital) throw new PdfContentError(`备份中没有该医院（${hospitalId}）`);
  const plan = tables.plans.find((p) => p.hospitalId === hospitalId);
  const out: DocumentThunk[] = [];
  const want = (kind: PdfDocKind) => doc === 'all' || doc === kind;
  if (want('plan')) {
    if (plan) {
      const ctx = createViewContext(tables, { hospitalId });
      out.push((styles) => h(PlanDocument, { key: 'plan', styles, hospital, plan, table: (source) => buildViewFrom(source, ctx) }));
    } else if (doc === 'plan') throw new PdfContentError(`${hospital.name}还没有规划文本`);
  }
  if (want('specialties')) {
    const period = plan ? `${plan.period.startYear}—${plan.period.endYear}年` : '';
    const specialties = tables.specialties.filter((s) => s.hospitalId === hospitalId).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    if (specialties.length === 0 && doc === 'specialties') throw new PdfContentError(`${hospital.name}还没有临床专科`);
    for (const specialty of specialties) {
      const ctx = createViewContext(tables, { hospitalId, specialtyId: specialty.id });
      out.push((styles) => h(TaskSheetDocument, { key: specialty.id, styles, hospital, specialty, period, table: (id) => buildViewFrom(id, ctx) }));
    }
  }
  if (want('contracts')) {
    const contracts = currentContracts(tables.contracts, hospitalId);
    if (contracts.length === 0 && doc === 'contracts') throw new PdfContentError(`${hospital.name}还没有目标责任书`);
    const ctx = createViewContext(tables, { hospitalId });
    const contractsView = buildViewFrom('contracts', ctx);
    const targets = buildViewFrom('contractTargets', ctx);
    for (const contract of contracts) {
      out.push((styles) => h(ContractDocument, { key: contract.id, styles, hospital, contract, contracts: contractsView, targets }));
    }
  }
  if (out.length === 0) throw new PdfContentError(`${hospital.name}没有可导出的文书`);
  return out;
}

function checkAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new PdfAbortError('已取消导出');
}

/**
 * The formal documents of one hospital as one PDF: the plan (规划正文 with annex tables), a 建设任务书 per
 * specialty, and each director's 科主任任期目标责任书, every document numbered from — 1 —.
 *
 * Runs in Node (CLI, tests: fonts as file paths) and in a browser Web Worker (fonts as URLs or bytes);
 * it touches no file system or DOM itself. Fonts are registered once per process or worker.
 */
export async function buildPdf(tables: AllTables, options: BuildPdfOptions): Promise<Uint8Array> {
  checkAborted(options.signal);
  const families = registerFonts(options.fonts);
  const styles = officialStyles(families);
  const thunks = documentsFor(tables, options);
  const total = thunks.length + 1;
  const pages: ReactNode[] = [];
  for (const thunk of thunks) {
    checkAborted(options.signal);
    pages.push(thunk(styles));
    options.onProgress?.(pages.length, total);
  }
  const hospital = tables.hospitals.find((x) => x.id === options.hospitalId)!;
  const document = h(Document, { title: `${hospital.name}${DOC_TITLES[options.doc]}`, author: hospital.name, creator: '临床专科建设规划', producer: '临床专科建设规划', language: 'zh-CN' }, ...pages);
  checkAborted(options.signal);
  // A Blob in Node 20 and in browsers alike; shared/ compiles without DOM types, hence the narrow cast.
  const blob = (await pdf(document).toBlob()) as unknown as { arrayBuffer(): Promise<ArrayBuffer> };
  const bytes = new Uint8Array(await blob.arrayBuffer());
  options.onProgress?.(total, total);
  return bytes;
}

const DOC_TITLES: Record<PdfDocKind, string> = { plan: '临床专科能力建设规划', specialties: '临床专科建设任务书', contracts: '科主任任期目标责任书', all: '临床专科建设文书' };

