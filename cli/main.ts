import { processIo } from './io.ts';
import { runPlanner } from './run.ts';

// `planner check --json | head` closes the pipe early; that is the reader's choice, not a crash to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Entry point of `npm run planner -- <command>`: the work lives in run.ts and commands/, which tests call
// in-process. exitCode (not process.exit) lets stdout drain before Node exits.
process.exitCode = await runPlanner(process.argv.slice(2), processIo);
