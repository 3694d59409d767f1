import type { Command } from '../command.ts';
import { EXIT, type CliIo } from '../io.ts';

export const exportCommand: Command = {
  name: 'export',
  synopsis: 'export --in FILE (--xlsx OUT | --pdf OUT) [--doc plan|specialties|contracts|all]',
  summary: 'write the workbook or the formal PDF documents of a backup file',
  run(_args: string[], io: CliIo): Promise<number> {
    io.err('planner export: not available yet');
    return Promise.resolve(EXIT.INVALID);
  },
};
