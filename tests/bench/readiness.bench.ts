// The readiness check (提交前检查) over the province sample: every rule, every hospital, as the commission's
// 全部医院 view runs it, and for one hospital, as a planning office runs it. Pure shared code, timed in Node.
import { pathToFileURL } from 'node:url';
import { RULES, runChecks } from '#shared/checks/index.ts';
import { TABLE_NAMES, type AllTables } from '#shared/domain/index.ts';
import { generateSample } from '#shared/sample/index.ts';
import { printTable, type Figure } from './harness.ts';

const RUNS = 9;

function time(run: () => number): { ms: number; result: number } {
  const t0 = performance.now();
  const result = run();
  return { ms: performance.now() - t0, result };
}

/** The floor: one visit of every row of every table, reading one field — less than any rule can do. */
function visitAll(tables: AllTables): number {
  let n = 0;
  for (const name of TABLE_NAMES) for (const row of tables[name] as readonly { id: string }[]) n += row.id.length;
  return n;
}

export function benchReadiness(sample: AllTables = generateSample({ size: 'large' })): Figure[] {
  const rows = TABLE_NAMES.reduce((n, name) => n + sample[name].length, 0);
  const hospitalId = sample.hospitals[0]!.id;
  const all: number[] = [];
  const one: number[] = [];
  const floor: number[] = [];
  let checksum = 0;
  for (let i = 0; i < RUNS; i++) {
    const a = time(() => runChecks(sample, { rules: RULES }).length);
    const h = time(() => runChecks(sample, { hospitalId, rules: RULES }).length);
    const f = time(() => visitAll(sample));
    all.push(a.ms);
    one.push(h.ms);
    floor.push(f.ms);
    checksum += a.result + h.result + f.result;
  }
  if (checksum === 0) throw new Error('readiness benchmark found nothing to check');
  const floorPeer = { name: 'one visit of every row', samples: floor };
  return [
    { name: `${RULES.length} rules over all ${sample.hospitals.length} hospitals (${rows} rows)`, unit: 'ms', samples: all, peer: floorPeer, budget: 200 },
    { name: `${RULES.length} rules for one hospital of the same database`, unit: 'ms', samples: one, peer: floorPeer, budget: 200 },
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable('提交前检查 over the province sample (Node, pure shared code)', benchReadiness());
}
