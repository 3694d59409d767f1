import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { v7 as uuidv7 } from 'uuid';
import { makeBackup, parseBackup } from '#shared/backup/index.ts';
import type { CsvEncoding, ImportSource } from '#shared/import/index.ts';
import { invalidInput, pickHospital, readBackupTables } from '../backup-file.ts';
import { commandHelp, parseOrUsage, usageError, type Command } from '../command.ts';
import { EXIT, plural, writeFailure, writeFileAtomic, type CliIo } from '../io.ts';

// Kept in step with CSV_ENCODINGS; shared/import itself (exceljs, papaparse, fflate) is loaded only when the
// command runs, so `planner check` and `sample` start as fast as before.
const CSV_ENCODINGS: readonly CsvEncoding[] = ['utf-8', 'gb18030', 'big5', 'utf-16le'];
const isEncoding = (value: string): value is CsvEncoding => (CSV_ENCODINGS as readonly string[]).includes(value);

export const importCommand: Command = {
  name: 'import',
  synopsis: 'import --in FILE --disciplines SHEET.xlsx|.csv --out NEWFILE [--hospital ID|NAME] [--sheet NAME] [--encoding utf-8|gb18030|big5|utf-16le]',
  summary: 'bring a 学科清单 spreadsheet into a new backup file, all rows or none: exit 0 written, 2 with a row-level report and nothing written',
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseOrUsage(importCommand, io, () =>
      parseArgs({
        args,
        strict: true,
        options: {
          in: { type: 'string', short: 'i' },
          disciplines: { type: 'string' },
          out: { type: 'string', short: 'o' },
          hospital: { type: 'string' },
          sheet: { type: 'string' },
          encoding: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }),
    );
    if (!parsed) return EXIT.INVALID;
    const { in: input, disciplines, out, hospital: wantedHospital, sheet: wantedSheet, encoding, help } = parsed.values;
    if (help) return commandHelp(importCommand, io);
    if (!input) return usageError(importCommand, '--in FILE is required', io);
    if (!disciplines) return usageError(importCommand, '--disciplines SHEET.xlsx|.csv is required', io);
    if (!out) return usageError(importCommand, '--out NEWFILE is required', io);
    if (encoding !== undefined && !isEncoding(encoding)) return usageError(importCommand, `--encoding must be ${CSV_ENCODINGS.join(', ')}, not '${encoding}'`, io);
    const inPath = resolve(io.cwd, input);
    const sheetPath = resolve(io.cwd, disciplines);
    const outPath = resolve(io.cwd, out);
    if (outPath === inPath) return usageError(importCommand, '--out must be a new file, not the --in backup', io);

    const { DISCIPLINE_IMPORT, analyzeSheet, applyDisciplineDrafts, buildReport, describeDetection, issueLine, pickSheet, readImportFile, refusalMessage } =
      await import('#shared/import/index.ts');
    const backup = await readBackupTables(inPath);
    if ('reason' in backup) return invalidInput(io, inPath, backup.reason);
    const hospital = pickHospital(backup.tables.hospitals, wantedHospital);
    if (typeof hospital === 'string') return usageError(importCommand, hospital, io);

    let source: ImportSource;
    try {
      source = await readImportFile(sheetPath, new Uint8Array(await readFile(sheetPath)), encoding);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.err(`Cannot import ${sheetPath}:`);
      io.err(`  ${code === 'ENOENT' ? '找不到文件' : refusalMessage(error)}`);
      return EXIT.INVALID;
    }
    const sheetIndex = wantedSheet === undefined ? pickSheet(source.sheets, DISCIPLINE_IMPORT.fields) : source.sheets.findIndex((s) => s.name === wantedSheet);
    const sheet = source.sheets[sheetIndex];
    if (!sheet) return usageError(importCommand, `no sheet '${wantedSheet}'; the workbook has ${source.sheets.map((s) => `'${s.name}'`).join(', ')}`, io);
    if (source.detected) io.out(`Encoding: ${describeDetection(source.detected)}`);
    const analysis = analyzeSheet(sheet, DISCIPLINE_IMPORT);
    if (!analysis) {
      io.err(`Cannot import ${sheetPath}: 工作表「${sheet.name}」中找不到表头（如 学科名称、类别、学科带头人、床位数、人员数）`);
      return EXIT.INVALID;
    }
    const existing = backup.tables.disciplines.filter((d) => d.hospitalId === hospital.id);
    const report = buildReport(DISCIPLINE_IMPORT, sheet, analysis.layout, analysis.mapping, { hospitalId: hospital.id, existing });
    const headerRows = analysis.layout.headerRows.map((r) => r + 1).join('–');
    io.out(`Sheet '${sheet.name}', header on row ${headerRows}: ${plural(report.total, 'row')} read, ${report.good.length} good, ${report.errorRows} with errors`);
    for (const w of report.warnings) io.out(`  警告 ${issueLine(w)}`);
    if (report.mappingErrors.length > 0 || report.errors.length > 0) {
      for (const m of report.mappingErrors) io.err(`  ${m}`);
      for (const e of report.errors) io.err(`  ${issueLine(e)}`);
      io.err(`Nothing written: fix the rows above and run again (${outPath} was not created).`);
      return EXIT.INVALID;
    }

    const drafts = report.good.map((g) => g.value);
    const tables = { ...backup.tables, disciplines: applyDisciplineDrafts(backup.tables.disciplines, drafts, uuidv7) };
    const text = `${JSON.stringify(makeBackup(tables, 'planner-cli import'), null, 2)}\n`;
    const check = parseBackup(text);
    if (!check.ok) {
      io.err(`Nothing written: the result would not be a valid backup (${check.reason})`);
      return EXIT.INVALID;
    }
    try {
      await writeFileAtomic(outPath, text);
    } catch (error) {
      io.err(`Cannot write ${outPath}: ${writeFailure(error)}`);
      return EXIT.INVALID;
    }
    const updated = drafts.filter((d) => d.id !== undefined).length;
    io.out(`Wrote ${outPath}: ${drafts.length - updated} disciplines added, ${updated} updated in ${hospital.name}`);
    return EXIT.OK;
  },
};
