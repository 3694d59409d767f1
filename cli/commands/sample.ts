import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeBackup } from '#shared/backup/index.ts';
import { DEFAULT_SAMPLE_SEED, SAMPLE_SIZES, generateSample, type SampleSize } from '#shared/sample/index.ts';
import { commandHelp, parseOrUsage, usageError, type Command } from '../command.ts';
import { EXIT, plural, writeFailure, writeFileAtomic, type CliIo } from '../io.ts';

const isSize = (value: string): value is SampleSize => (SAMPLE_SIZES as readonly string[]).includes(value);

export const sampleCommand: Command = {
  name: 'sample',
  synopsis: 'sample --out FILE [--size demo|large] [--seed N]',
  summary: `write a sample backup file (demo hospital, or a province of ~200 hospitals); seed defaults to ${DEFAULT_SAMPLE_SEED}`,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseOrUsage(sampleCommand, io, () =>
      parseArgs({
        args,
        strict: true,
        options: {
          out: { type: 'string', short: 'o' },
          size: { type: 'string', default: 'demo' },
          seed: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }),
    );
    if (!parsed) return EXIT.INVALID;
    const { out, size, seed: seedText, help } = parsed.values;
    if (help) return commandHelp(sampleCommand, io);
    if (!out) return usageError(sampleCommand, '--out FILE is required', io);
    if (!isSize(size)) return usageError(sampleCommand, `--size must be ${SAMPLE_SIZES.join(' or ')}, not '${size}'`, io);
    if (seedText !== undefined && !/^\d{1,9}$/.test(seedText)) {
      return usageError(sampleCommand, `--seed must be a whole number (0–999999999), not '${seedText}'`, io);
    }
    const seed = seedText === undefined ? DEFAULT_SAMPLE_SEED : Number(seedText);

    const tables = generateSample({ size, seed });
    const path = resolve(io.cwd, out);
    try {
      await writeFileAtomic(path, `${JSON.stringify(makeBackup(tables, 'planner-cli sample'), null, 2)}\n`);
    } catch (error) {
      io.err(`Cannot write ${path}: ${writeFailure(error)}`);
      return EXIT.INVALID;
    }
    const counts = `${plural(tables.hospitals.length, 'hospital')}, ${plural(tables.disciplines.length, 'discipline')}`;
    io.out(`Wrote ${path}: ${counts} (size ${size}, seed ${seed})`);
    return EXIT.OK;
  },
};
