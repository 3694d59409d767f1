import type { Command } from '../command.ts';
import { EXIT, type CliIo } from '../io.ts';

export const importCommand: Command = {
  name: 'import',
  synopsis: 'import --in FILE --disciplines SHEET.xlsx|.csv --out NEWFILE',
  summary: 'bring a 学科清单 spreadsheet into a backup file, all rows or none',
  run(_args: string[], io: CliIo): Promise<number> {
    io.err('planner import: not available yet');
    return Promise.resolve(EXIT.INVALID);
  },
};
