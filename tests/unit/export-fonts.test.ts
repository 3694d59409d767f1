import { describe, expect, it } from 'vitest';
import { emptyTables } from '#shared/domain/index.ts';
import { BUNDLED_FONTS, FONT_FACES, resolveFonts } from '#shared/export/pdf/index.ts';
import { forgetFonts, registerFonts } from '#shared/export/pdf/register.ts';
import type { SystemFont } from '#shared/ipc/index.ts';
import { choosePdfFonts, systemFontUrl } from '#renderer/features/export/pdfFontChoice.ts';
import { isToWorker, type ExportTarget, type PdfFontChoice } from '#renderer/features/export/protocol.ts';

// The export worker's font choice: which faces come from the system (served by main under
// app://planner/system-fonts/<face>) and which stay bundled, and that switching between them re-registers.

const ORIGIN = 'app://planner';
const BUNDLED = resolveFonts(() => false, `${ORIGIN}/assets/`);
const FANG: SystemFont = { face: 'fang', file: 'simfang.ttf', label: '仿宋 simfang.ttf（系统字体）' };
const SONG: SystemFont = { face: 'song', file: 'simsun.ttc', label: '宋体 simsun.ttc（系统字体）', postscriptName: 'SimSun' };
const WITH_SYSTEM: PdfFontChoice = { useSystem: true, available: [FANG, SONG] };

describe('choosePdfFonts', () => {
  it('takes the system font of every face main reported, and the bundled subset for the rest', () => {
    const fonts = choosePdfFonts(WITH_SYSTEM, BUNDLED, ORIGIN);
    expect(fonts.fang).toEqual({ src: 'app://planner/system-fonts/fang', label: '仿宋 simfang.ttf（系统字体）' });
    // simsun.ttc is a collection: the worker picks the face by its PostScript name.
    expect(fonts.song).toEqual({ src: 'app://planner/system-fonts/song', postscriptName: 'SimSun', label: '宋体 simsun.ttc（系统字体）' });
    for (const face of ['hei', 'kai', 'songBold'] as const) expect(fonts[face]).toBe(BUNDLED[face]);
    expect(fonts.kai.label).toBe(`楷体 ${BUNDLED_FONTS.kai}（内置）`);
  });

  it('uses only bundled fonts when the switch is off, when none exist, or without a choice', () => {
    for (const choice of [{ ...WITH_SYSTEM, useSystem: false }, { useSystem: true, available: [] }, undefined]) {
      expect(choosePdfFonts(choice, BUNDLED, ORIGIN)).toEqual(BUNDLED);
    }
  });

  it('builds the URL on the origin it is given, never from the file name', () => {
    expect(systemFontUrl('songBold', 'app://planner')).toBe('app://planner/system-fonts/songBold');
    expect(systemFontUrl('hei', 'http://127.0.0.1:4303')).toBe('http://127.0.0.1:4303/system-fonts/hei');
    const odd = choosePdfFonts({ useSystem: true, available: [{ ...FANG, file: '../../secret.txt' }] }, BUNDLED, ORIGIN);
    expect(odd.fang.src).toBe('app://planner/system-fonts/fang');
  });
});

describe('switching fonts in one worker', () => {
  it('registers each set under its own families and reuses them when the user switches back', () => {
    const bundled = registerFonts(BUNDLED);
    const system = registerFonts(choosePdfFonts(WITH_SYSTEM, BUNDLED, ORIGIN));
    for (const face of FONT_FACES) expect(system[face]).not.toBe(bundled[face]);
    expect(registerFonts(choosePdfFonts({ ...WITH_SYSTEM, useSystem: false }, BUNDLED, ORIGIN))).toBe(bundled);
    expect(registerFonts(choosePdfFonts(WITH_SYSTEM, BUNDLED, ORIGIN))).toBe(system);
  });

  it('gives fonts that failed to load fresh families on the next export, never the failed ones again', () => {
    const fonts = choosePdfFonts({ useSystem: true, available: [FANG] }, BUNDLED, ORIGIN);
    const failed = registerFonts(fonts);
    const other = registerFonts(BUNDLED);
    forgetFonts(fonts);
    const fresh = registerFonts(fonts);
    const used = new Set([...Object.values(failed), ...Object.values(other)]);
    for (const face of FONT_FACES) expect(used.has(fresh[face])).toBe(false);
    expect(registerFonts(BUNDLED)).toBe(other);
  });
});

describe('the font choice in an export request', () => {
  const target: ExportTarget = { kind: 'plan', hospitalId: 'h1', now: '2026-12-01T08:00:00.000Z' };
  const request = (fonts: unknown) => ({ type: 'request', jobId: 1, target: { ...target, fonts }, tables: emptyTables() });

  it('passes the worker gate when well formed, and is refused otherwise', () => {
    expect(isToWorker(request(WITH_SYSTEM))).toBe(true);
    expect(isToWorker(request(undefined))).toBe(true);
    expect(isToWorker(request({ useSystem: 'yes', available: [] }))).toBe(false);
    expect(isToWorker(request({ useSystem: true, available: [{ ...FANG, face: 'arial' }] }))).toBe(false);
    expect(isToWorker(request({ useSystem: true }))).toBe(false);
  });
});
