import { assessCommand } from './commands/assess.ts';
import { checkCommand } from './commands/check.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { sampleCommand } from './commands/sample.ts';
import type { Command } from './command.ts';
import { EXIT, type CliIo } from './io.ts';

const COMMANDS: readonly Command[] = [sampleCommand, checkCommand, assessCommand, exportCommand, importCommand];

function usage(): string[] {
  return [
    'Usage: npm run planner -- <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.flatMap((c) => [`  ${c.synopsis}`, `      ${c.summary}`]),
    '',
    'Exit codes: 0 success / clean, 1 readiness problems (BLOCKER or WARNING), 2 usage error or unreadable input.',
  ];
}

/** Picks the command by its first argument; everything after it belongs to the command. */
export async function runPlanner(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return command.run(rest, io);
  if (name === '--help' || name === '-h' || name === 'help') {
    for (const line of usage()) io.out(line);
    return EXIT.OK;
  }
  io.err(name === undefined ? 'planner: no command given' : `planner: unknown command '${name}'`);
  for (const line of usage()) io.err(line);
  return EXIT.INVALID;
}
