import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SEVERITIES, SEVERITY_LABELS, countBySeverity, runChecks, type Finding } from '#shared/checks/index.ts';
import type { AllTables } from '#shared/domain/index.ts';
import { invalidInput, readBackupTables } from '../backup-file.ts';
import { commandHelp, parseOrUsage, usageError, type Command } from '../command.ts';
import { EXIT, plural, type CliIo } from '../io.ts';
import { formatTable } from '../table.ts';

/** INFO findings are advice (a 1+N lead still to choose); only BLOCKER and WARNING make the exit code 1. */
const isClean = (findings: readonly Finding[]) => findings.every((f) => f.severity === 'INFO');

function printReport(io: CliIo, path: string, tables: AllTables, findings: Finding[], limit: number): void {
  const counts = countBySeverity(findings);
  io.out(`Checked ${path}: ${plural(tables.hospitals.length, 'hospital')}, ${plural(tables.disciplines.length, 'discipline')}`);
  const verdict = isClean(findings) ? 'clean' : 'problems found';
  io.out(`Result: ${plural(counts.BLOCKER, 'blocker')}, ${plural(counts.WARNING, 'warning')}, ${counts.INFO} info — ${verdict}`);
  // The message names the discipline but not its hospital: with several hospitals, say which.
  const hospitalNames = tables.hospitals.length > 1 ? new Map(tables.hospitals.map((h) => [h.id, h.name])) : null;
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    const shown = limit > 0 ? group.slice(0, limit) : group;
    const header = ['Rule', 'Article', ...(hospitalNames ? ['Hospital'] : []), 'Message'];
    const rows = shown.map((f) => [
      f.ruleId,
      f.article,
      ...(hospitalNames ? [hospitalNames.get(f.hospitalId ?? '') ?? '—'] : []),
      f.message,
    ]);
    io.out('');
    io.out(`${severity} ${SEVERITY_LABELS[severity]} (${group.length})`);
    for (const line of formatTable(header, rows)) io.out(line);
    if (shown.length < group.length) io.out(`  … ${group.length - shown.length} more (use --limit 0 or --json to see all)`);
  }
}

export const checkCommand: Command = {
  name: 'check',
  synopsis: 'check --in FILE [--json] [--limit N]',
  summary: 'validate a backup file and run the readiness check (提交前检查); exit 0 clean (INFO allowed), 1 problems, 2 unreadable',
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseOrUsage(checkCommand, io, () =>
      parseArgs({
        args,
        strict: true,
        options: {
          in: { type: 'string', short: 'i' },
          json: { type: 'boolean' },
          limit: { type: 'string', default: '50' },
          help: { type: 'boolean', short: 'h' },
        },
      }),
    );
    if (!parsed) return EXIT.INVALID;
    const { in: input, json, limit: limitText, help } = parsed.values;
    if (help) return commandHelp(checkCommand, io);
    if (!input) return usageError(checkCommand, '--in FILE is required', io);
    if (!/^\d+$/.test(limitText)) return usageError(checkCommand, `--limit must be a whole number (0 = all), not '${limitText}'`, io);

    const path = resolve(io.cwd, input);
    const backup = await readBackupTables(path);
    if ('reason' in backup) return invalidInput(io, path, backup.reason);
    const { tables } = backup;
    const findings = runChecks(tables);
    if (json) {
      const summary = { hospitals: tables.hospitals.length, disciplines: tables.disciplines.length, ...countBySeverity(findings) };
      io.out(JSON.stringify({ file: path, clean: isClean(findings), summary, findings }, null, 2));
    } else {
      printReport(io, path, tables, findings, Number(limitText));
    }
    return isClean(findings) ? EXIT.OK : EXIT.PROBLEMS;
  },
};
