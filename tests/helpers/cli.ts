import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll } from 'vitest';
import type { CliIo } from '#cli/io.ts';
import { runPlanner } from '#cli/run.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const CLI = fileURLToPath(new URL('../../cli/main.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * A temporary working folder for one test file's CLI runs, removed after its tests, and two ways to run the
 * planner there: `planner` is the real command in a child process, as a user runs it (about 0.5 s each, so keep
 * it for the cases that need the real binary); `inProcess` is the same dispatcher without a process.
 */
export function cliWorkspace(prefix: string): {
  work: string;
  planner: (...args: string[]) => Promise<CliRun>;
  inProcess: (...args: string[]) => Promise<CliRun>;
} {
  const work = mkdtempSync(join(tmpdir(), `planner-${prefix}-`));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  return {
    work,
    planner: (...args) =>
      new Promise((done) => {
        execFile(process.execPath, ['--import', TSX, CLI, ...args], { cwd: work, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
          done({ code: error ? Number(error.code) : 0, stdout, stderr });
        });
      }),
    inProcess: async (...args) => {
      const out: string[] = [];
      const err: string[] = [];
      const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), cwd: work };
      const code = await runPlanner(args, io);
      return { code, stdout: out.join('\n'), stderr: err.join('\n') };
    },
  };
}
