import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTableView, type CellValue } from '#shared/export/tables/index.ts';
import { invalidInput, pickHospital, readBackupTables } from '../backup-file.ts';
import { commandHelp, parseOrUsage, usageError, type Command } from '../command.ts';
import { EXIT, plural, type CliIo } from '../io.ts';
import { formatTable } from '../table.ts';

const cell = (value: CellValue | undefined) => (value === null || value === undefined ? '' : String(value));

/**
 * The yearly assessment of one hospital's director contracts, read from a backup: the same 年度考核 table view
 * (so the same scoring, version per year and 未填报 wording) as the workbook and the app.
 */
export const assessCommand: Command = {
  name: 'assess',
  synopsis: 'assess --in FILE [--hospital ID|NAME] [--year YYYY] [--json]',
  summary: 'the yearly assessment (score and grade) of every director contract of one hospital; exit 0, 2 unreadable input',
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseOrUsage(assessCommand, io, () =>
      parseArgs({
        args,
        strict: true,
        options: {
          in: { type: 'string', short: 'i' },
          hospital: { type: 'string' },
          year: { type: 'string' },
          json: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      }),
    );
    if (!parsed) return EXIT.INVALID;
    const { in: input, hospital: wanted, year: yearText, json, help } = parsed.values;
    if (help) return commandHelp(assessCommand, io);
    if (!input) return usageError(assessCommand, '--in FILE is required', io);
    if (yearText !== undefined && !/^\d{4}$/.test(yearText)) return usageError(assessCommand, `--year must be a year like 2025, not '${yearText}'`, io);

    const path = resolve(io.cwd, input);
    const backup = await readBackupTables(path);
    if ('reason' in backup) return invalidInput(io, path, backup.reason);
    const hospital = pickHospital(backup.tables.hospitals, wanted);
    if (typeof hospital === 'string') return invalidInput(io, path, hospital);

    const view = buildTableView('contractAssessments', backup.tables, { hospitalId: hospital.id });
    const rows = view.rows.filter((row) => yearText === undefined || row.year === Number(yearText));
    if (json) {
      io.out(JSON.stringify({ file: path, hospital: hospital.name, year: yearText === undefined ? null : Number(yearText), rows }, null, 2));
      return EXIT.OK;
    }
    io.out(`Assessed ${hospital.name}${yearText ? ` for ${yearText}` : ''}: ${plural(rows.length, 'contract-year')}`);
    if (rows.length === 0) return EXIT.OK;
    const columns = view.columns.filter((c) => c.key !== 'unit');
    io.out('');
    for (const line of formatTable(columns.map((c) => c.label), rows.map((row) => columns.map((c) => cell(row[c.key]))))) io.out(line);
    return EXIT.OK;
  },
};
