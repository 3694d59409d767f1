import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countBySeverity, runChecks } from '#shared/checks/index.ts';
import type { AllTables } from '#shared/domain/index.ts';
import { invalidInput, pickHospital, readBackupTables } from '../backup-file.ts';
import { commandHelp, parseOrUsage, usageError, type Command } from '../command.ts';
import { EXIT, errorText, writeFailure, writeFileAtomic, type CliIo } from '../io.ts';

export const PDF_DOCS = ['plan', 'specialties', 'contracts', 'all'] as const;
export type PdfDoc = (typeof PDF_DOCS)[number];

/** What the PDF exporter (shared/export/pdf, issue 7) provides. */
type PdfBuilder = (tables: AllTables, options: { hospitalId: string; doc: PdfDoc }) => Promise<Uint8Array>;
/**
 * The PDF builder with this machine's fonts (the official Windows fonts where present, else the bundled
 * subsets). Loaded on use like exceljs: react-pdf and its layout engine take a while to load.
 */
function pdfBuilder(): PdfBuilder {
  return async (tables, options) => {
    const [{ buildPdf }, { nodePdfFonts }] = await Promise.all([import('#shared/export/pdf/index.ts'), import('#shared/node/pdf-fonts.ts')]);
    return buildPdf(tables, { ...options, fonts: nodePdfFonts() });
  };
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
      outputs.push({ kind: `PDF (${doc})`, path: resolve(io.cwd, pdf), build: (tables, hospitalId) => buildPdf(tables, { hospitalId, doc }) });
    }

    const path = resolve(io.cwd, input);
    const backup = await readBackupTables(path);
    if ('reason' in backup) return invalidInput(io, path, backup.reason);
    const { tables } = backup;
    const hospital = pickHospital(tables.hospitals, wanted);
    if (typeof hospital === 'string') return invalidInput(io, path, hospital);

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
