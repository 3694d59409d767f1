import { describe, expect, it } from 'vitest';
import { BUNDLED_FONTS, FONT_FACES, resolveFonts } from '#shared/export/pdf/index.ts';

describe('PDF font resolution', () => {
  it('uses the bundled subsets when no official font exists', () => {
    const fonts = resolveFonts(() => false, '/app/build/fonts');
    for (const face of FONT_FACES) expect(fonts[face].src).toBe(`/app/build/fonts/${BUNDLED_FONTS[face]}`);
    expect(fonts.fang.label).toContain('内置');
  });

  it('prefers the official Windows fonts the machine has, face by face', () => {
    const present = new Set(['C:\\Windows\\Fonts\\simfang.ttf', 'C:\\Windows\\Fonts\\simhei.ttf', 'C:\\Windows\\Fonts\\simsun.ttc']);
    const fonts = resolveFonts((path) => present.has(path), 'build/fonts/');
    expect(fonts.fang).toMatchObject({ src: 'C:\\Windows\\Fonts\\simfang.ttf', label: '仿宋 simfang.ttf（系统字体）' });
    expect(fonts.hei.src).toBe('C:\\Windows\\Fonts\\simhei.ttf');
    // 楷体 is missing on this machine: that face alone falls back to the bundled subset.
    expect(fonts.kai.src).toBe(`build/fonts/${BUNDLED_FONTS.kai}`);
    // simsun.ttc is a collection: the face is picked by its PostScript name.
    expect(fonts.song).toMatchObject({ src: 'C:\\Windows\\Fonts\\simsun.ttc', postscriptName: 'SimSun' });
  });

  it('can be told to ignore the system fonts (reproducible output)', () => {
    const fonts = resolveFonts(() => true, 'https://app.local/fonts', { preferSystem: false });
    expect(fonts.fang.src).toBe(`https://app.local/fonts/${BUNDLED_FONTS.fang}`);
  });
});
