
export { writeFileAtomic } from '#shared/node/atomic-write.ts';

/** Exit codes of every command: scripts and CI branch on them. */
export const EXIT = { OK: 0, PROBLEMS: 1, INVALID: 2 } as const;

/** Where a command writes and what it resolves paths against; tests pass their own to capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
};

/** An error's message without the stack, for a one-line reason on stderr. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why a write failed, about the folder the user named rather than our temporary file's name. */
export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EISDIR') return 'that path is a folder';
  return errorText(error);
}

export const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
