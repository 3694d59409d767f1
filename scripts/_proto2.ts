import { Document, pdf } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { generateSample } from '#shared/sample/index.ts';
import { PlanDocument } from '#shared/export/pdf/plan-document.ts';
import { resolveFonts } from '#shared/export/pdf/fonts.ts';
import { registerFonts } from '#shared/export/pdf/register.ts';
import { officialStyles } from '#shared/export/pdf/styles.ts';
import type { TableView } from '#shared/export/tables/types.ts';
import { writeFileSync } from 'node:fs';

const tables = generateSample({ size: 'demo' });
const hospital = tables.hospitals[0]!;
const plan0 = tables.plans.find((p) => p.hospitalId === hospital.id)!;
const para = plan0.sections.BACKGROUND.find((b) => b.type === 'paragraph')!;
const n = Number(process.env.PARAS ?? 120);
const plan = { ...plan0, sections: { ...plan0.sections, TASKS: Array.from({ length: n }, (_, i) => (i % 6 === 0 ? { type: 'heading' as const, level: 2 as const, text: `（${i}）加强人才梯队建设` } : para)), BACKGROUND: [], GOALS: [], SAFEGUARDS: [] } };
const fams = registerFonts(resolveFonts(() => false, 'build/fonts'));
const styles = officialStyles(fams);
const fake = (): TableView => ({ id: 'specialties', title: 't', columns: [], rows: [] });
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  const blob = await pdf(h(Document, {}, h(PlanDocument, { styles, hospital, plan, table: fake }))).toBlob();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  writeFileSync('/tmp/pdfw/long.pdf', bytes);
  console.log(r, bytes.length, (performance.now() - t0).toFixed(0), 'ms');
}
