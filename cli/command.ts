import { EXIT, errorText, type CliIo } from './io.ts';

export interface Command {
  name: string;
  /** One line for the usage text: the command and its flags. */
  synopsis: string;
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export function usageError(command: Command, message: string, io: CliIo): number {
  io.err(`planner ${command.name}: ${message}`);
  io.err(`Usage: npm run planner -- ${command.synopsis}`);
  return EXIT.INVALID;
}

/** `<command> --help`: the synopsis and summary on stdout; exit 2 like the top-level --help (see main.ts). */
export function commandHelp(command: Command, io: CliIo): number {
  io.out(`Usage: npm run planner -- ${command.synopsis}`);
  io.out(`  ${command.summary}`);
  return EXIT.INVALID;
}

/**
 * Runs a strict node:util parseArgs call and turns its exception (unknown flag, missing value) into the
 * command's usage error, so every command reports a bad flag the same way. Null means "exit 2, done".
 */
export function parseOrUsage<T>(command: Command, io: CliIo, parse: () => T): T | null {
  try {
    return parse();
  } catch (error) {
    usageError(command, errorText(error), io);
    return null;
  }
}
