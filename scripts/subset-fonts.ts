// `npx tsx scripts/subset-fonts.ts --from DIR`: writes the bundled CJK font subsets in build/fonts/.
//
// DIR holds the original font files (found by name anywhere below it). Get them with the ordinary clients:
//   apt-get download texlive-lang-chinese fonts-lxgw-wenkai && for f in *.deb; do dpkg-deb -x "$f" .; done
//   npm pack @expo-google-fonts/noto-sans-sc@0.4.3 @expo-google-fonts/noto-serif-sc@0.4.3 && for f in *.tgz; do tar xzf "$f"; done
// Each font is cut to GB 2312 (levels 1 and 2 and its symbol rows), ASCII, CJK punctuation, full-width forms
// and every character of the demo and province samples, with hinting dropped (PDF viewers do not use it).
// Fonts whose licence reserves a name get a new one (see build/fonts/README.md for the licence reasoning).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import subsetFont from 'subset-font';
import { sampleStrings } from './font-sample-text.ts';
import { subsetText } from './font-charset.ts';
import { withNames, type FontNames } from './font-names.ts';
import { BUNDLED_FONTS } from '#shared/export/pdf/font-files.ts';

const OFL_URL = 'https://openfontlicense.org';

/** Source file per bundled face, and the new names where the OFL reserves the original ones. */
const SOURCES: Record<keyof typeof BUNDLED_FONTS, { file: string; latinOnly?: true; rename?: Omit<FontNames, 'version'> }> = {
  fang: { file: 'FandolFang-Regular.otf' },
  hei: { file: 'NotoSansSC_400Regular.ttf' },
  kai: {
    file: 'LXGWWenKai-Regular.ttf',
    // Reserved Font Names "霞鹜" and "LXGW": a subset is a Modified Version and may not carry them.
    rename: {
      family: 'Planner Kai GB',
      postscript: 'PlannerKaiGB-Regular',
      copyright: 'Copyright 2021-2022 lxgw. Subset of LXGW WenKai (Reserved Font Names 霞鹜 and LXGW) for Specialty Planner.',
      license: 'This Font Software is licensed under the SIL Open Font License, Version 1.1.',
      licenseUrl: OFL_URL,
    },
  },
  // 宋体 prints only the page numbers (— 12 —): digits, Latin and punctuation, no Han.
  song: { file: 'NotoSerifSC_400Regular.ttf', latinOnly: true },
  songBold: { file: 'NotoSerifSC_700Bold.ttf' },
};

function findFile(dir: string, name: string): string | null {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.name === name && entry.isFile()) return full;
    if (entry.isDirectory()) {
      const found = findFile(full, name);
      if (found) return found;
    }
  }
  return null;
}

const { values } = parseArgs({ options: { from: { type: 'string' } } });
if (!values.from) {
  console.error('usage: npx tsx scripts/subset-fonts.ts --from DIR (see the comment at the top for how to fill DIR)');
  process.exit(2);
}
const text = subsetText(await sampleStrings());
const latin = subsetText([], { han: false });
const outDir = path.resolve(import.meta.dirname, '..', 'build', 'fonts');
for (const [face, source] of Object.entries(SOURCES)) {
  const from = findFile(values.from, source.file);
  if (!from) throw new Error(`${source.file} not found under ${values.from}`);
  const original = readFileSync(from);
  let subset: Uint8Array = await subsetFont(original, source.latinOnly ? latin : text, { targetFormat: 'sfnt', noHinting: true });
  if (source.rename) subset = withNames(subset, { ...source.rename, version: 'Version 1.250; subset' });
  const target = BUNDLED_FONTS[face as keyof typeof BUNDLED_FONTS];
  writeFileSync(path.join(outDir, target), subset);
  console.log(`${target}: ${(original.length / 1e6).toFixed(1)} MB → ${(subset.length / 1e6).toFixed(2)} MB (${(source.latinOnly ? latin : text).length} characters)`);
}
