import { writeFileSync } from 'node:fs';
import { generateSample } from '#shared/sample/index.ts';
import { buildPdf } from '#shared/export/pdf/index.ts';
import { nodePdfFonts } from '#shared/node/pdf-fonts.ts';
const tables = generateSample({ size: 'demo' });
const hospitalId = tables.hospitals[0]!.id;
for (const doc of (process.argv[2] ?? 'plan,specialties,contracts').split(',') as ('plan')[]) {
  const t0 = performance.now(); const c0 = process.cpuUsage();
  const bytes = await buildPdf(tables, { hospitalId, doc, fonts: nodePdfFonts(), onProgress: (d, t) => d === t && console.log('progress', d, t) });
  writeFileSync(`/tmp/pdfw/${doc}.pdf`, bytes);
  const c = process.cpuUsage(c0); console.log(doc, bytes.length, (performance.now() - t0).toFixed(0), "ms wall", ((c.user + c.system) / 1000).toFixed(0), "ms cpu");
}
