import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseBackup } from '#shared/backup/index.ts';
import { countBySeverity, runChecks } from '#shared/checks/index.ts';
import type { AllTables, Hospital } from '#shared/domain/index.ts';
import { commandHelp, parseOrUsage, usageError, type Command } from '../command.ts';
import { EXIT, errorText, writeFailure, writeFileAtomic, type CliIo } from '../io.ts';
import { readText } from './check.ts';

export const PDF_DOCS = ['plan', 'specialties', 'contracts', 'all'] as const;
export type PdfDoc = (typeof PDF_DOCS)[number];

/** What the PDF exporter (shared/export/pdf, issue 7) provides; null until it is merged. */
type PdfBuilder = (tables: AllTables, options: { hospitalId: string; doc: PdfDoc }) => Promise<Uint8Array>;
/**
 * The PDF builder, or null while it does not exist. When shared/export/pdf lands, this becomes
 * `import { buildPdf } from '#shared/export/pdf/index.ts';` … `return buildPdf;` and nothing else changes.
 */
function pdfBuilder(): PdfBuilder | null {
  return null;
}

/** One file the command writes: where, and how its bytes are made. */
interface Output {
  kind: string;
  path: string;
  build: (tables: AllTables, hospitalId: string) => Promise<Uint8Array>;
}

/** Loaded on use: exceljs takes a noticeable part of a second to load, which `check` and `sample` need not pay. */
async function buildXlsx(tables: AllTables, hospitalId: string): Promise<Uint8Array> {
  const { buildWorkbook } = await import('#shared/export/workbook/index.ts');
  return buildWorkbook(tables, { hospitalId });
}

const isDoc = (value: string): value is PdfDoc => (PDF_DOCS as readonly string[]).includes(value);

/** The hospital to export: --hospital by id or exact name, or the only one in the file. */
function pickHospital(hospitals: readonly Hospital[], wanted: string | undefined): Hospital | string {
  if (wanted !== undefined) {
    return hospitals.find((h) => h.id === wanted || h.name === wanted) ?? `备份中没有医院「${wanted}」（按编号或完整名称查找）`;
  }
  if (hospitals.length === 1) return hospitals[0]!;
  if (hospitals.length === 0) return '备份中没有医院，无法导出';
  const names = hospitals.slice(0, 5).map((h) => h.name).join('、');
  return `备份中有 ${hospitals.length} 家医院（${names}${hospitals.length > 5 ? ' 等' : ''}），请用 --hospital 指定一家`;
}

export const exportCommand: Command = {
  name: 'export',
  synopsis: 'export --in FILE (--xlsx OUT | --pdf OUT [--doc plan|specialties|contracts|all]) [--hospital ID|NAME]',
  summary: 'write the workbook of every table (xlsx) or the formal PDF documents of one hospital in a backup file; exit 0 written, 2 unreadable input or failed write',
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseOrUsage(exportCommand, io, () =>
      parseArgs({
        args,
        strict: true,
        options: {
          in: { type: 'string', short: 'i' },
          xlsx: { type: 'string' },
          pdf: { type: 'string' },
          doc: { type: 'string', default: 'all' },
          hospital: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }),
    );
    if (!parsed) return EXIT.INVALID;
    const { in: input, xlsx, pdf, doc, hospital: wanted, help } = parsed.values;
    if (help) return commandHelp(exportCommand, io);
    if (!input) return usageError(exportCommand, '--in FILE is required', io);
    if (!xlsx && !pdf) return usageError(exportCommand, 'give --xlsx OUT or --pdf OUT (or both)', io);
    if (!isDoc(doc)) return usageError(exportCommand, `--doc must be ${PDF_DOCS.join(', ')}, not '${doc}'`, io);

    const outputs: Output[] = [];
    if (xlsx) outputs.push({ kind: 'workbook', path: resolve(io.cwd, xlsx), build: buildXlsx });
    if (pdf) {
      const buildPdf = pdfBuilder();
      if (!buildPdf) {
        io.err('planner export: --pdf is not available yet (the PDF documents come with a later version)');
        return EXIT.INVALID;
      }
      outputs.push({ kind: `PDF (${doc})`, path: resolve(io.cwd, pdf), build: (tables, hospitalId) => buildPdf(tables, { hospitalId, doc }) });
    }

    const path = resolve(io.cwd, input);
    const read = await readText(path);
    const result = 'text' in read ? parseBackup(read.text) : { ok: false as const, reason: read.reason };
    if (!result.ok) {
      io.err(`Invalid input ${path}:`);
      io.err(`  ${result.reason}`);
      return EXIT.INVALID;
    }
    const { tables } = result.backup;
    const hospital = pickHospital(tables.hospitals, wanted);
    if (typeof hospital === 'string') {
      io.err(`Invalid input ${path}:`);
      io.err(`  ${hospital}`);
      return EXIT.INVALID;
    }

    for (const output of outputs) {
      let bytes: Uint8Array;
      try {
        bytes = await output.build(tables, hospital.id);
      } catch (error) {
        io.err(`Cannot build the ${output.kind} of ${hospital.name}: ${errorText(error)}`);
        return EXIT.INVALID;
      }
      try {
        await writeFileAtomic(output.path, bytes);
      } catch (error) {
        io.err(`Cannot write ${output.path}: ${writeFailure(error)}`);
        return EXIT.INVALID;
      }
      io.out(`Wrote ${output.path}: ${output.kind} of ${hospital.name}, ${Math.ceil(bytes.byteLength / 1024)} KB`);
    }
    // Exporting does not need a clean check, but whoever submits the file should know what it still lacks.
    const counts = countBySeverity(runChecks(tables, { hospitalId: hospital.id }));
    if (counts.BLOCKER + counts.WARNING > 0) {
      io.out(`Note: the readiness check finds ${counts.BLOCKER} blocker(s) and ${counts.WARNING} warning(s); run \`planner check\` for details.`);
    }
    return EXIT.OK;
  },
};
