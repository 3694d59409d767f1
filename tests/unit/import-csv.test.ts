import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISCIPLINE_IMPORT, analyzeSheet, buildReport, describeDetection, issueLine, readImportFile } from '#shared/import/index.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));
const ctx = { hospitalId: 'h1', existing: [] };

async function read(name: string, bytes: Uint8Array, encoding?: Parameters<typeof readImportFile>[2]) {
  const source = await readImportFile(name, bytes, encoding);
  const sheet = source.sheets[0]!;
  const analysis = analyzeSheet(sheet, DISCIPLINE_IMPORT)!;
  return { source, sheet, report: buildReport(DISCIPLINE_IMPORT, sheet, analysis.layout, analysis.mapping, ctx) };
}

describe('CSV encodings', () => {
  it('UTF-8 with a BOM', async () => {
    const { source, report } = await read('a.csv', fixture('disciplines-utf8-bom.csv'));
    expect(source.detected).toMatchObject({ encoding: 'utf-8', how: 'bom' });
    expect(describeDetection(source.detected!)).toBe('UTF-8（文件带字节顺序标记）');
    expect(report.good.map((g) => g.value.name)).toEqual(['心血管内科', '呼吸与危重症医学科', '普通外科']);
    expect(report.warnings).toEqual([]);
  });

  it('UTF-8 without a BOM', async () => {
    const { source, report } = await read('a.csv', new TextEncoder().encode('学科名称,床位数\n儿科,20\n'));
    expect(source.detected).toMatchObject({ encoding: 'utf-8', how: 'valid-utf-8' });
    expect(report.good[0]!.value).toMatchObject({ name: '儿科', bedCount: 20 });
  });

  it('GBK, detected and decoded as GB18030', async () => {
    const { source, report } = await read('a.csv', fixture('disciplines-gbk.csv'));
    expect(source.encoding).toBe('gb18030');
    expect(source.detected?.how).toBe('detector');
    expect(report.good.map((g) => [g.value.name, g.value.category, g.value.head])).toEqual([
      ['心血管内科', 'ADVANTAGE', '张伟'],
      ['呼吸与危重症医学科', 'KEY_SUPPORT', '李娜'],
      ['普通外科', 'BASIC', '王强'],
    ]);
  });

  it('Big5, detected; its Traditional headers still match', async () => {
    const { source, report } = await read('a.csv', fixture('disciplines-big5.csv'));
    expect(source.encoding).toBe('big5');
    expect(report.good.map((g) => g.value.name)).toEqual(['心血管內科', '呼吸與危重症醫學科', '普通外科']);
  });

  it('the user’s choice overrides detection: GBK read as Big5 gives no matching header', async () => {
    const source = await readImportFile('a.csv', fixture('disciplines-gbk.csv'), 'big5');
    expect(source.encoding).toBe('big5');
    expect(source.detected?.encoding).toBe('gb18030');
    expect(source.sheets[0]!.rows[0]![0]).not.toBe('学科名称');
    expect(analyzeSheet(source.sheets[0]!, DISCIPLINE_IMPORT)).toBeNull();
  });

  it('U+FFFD and mojibake in cells are warned per cell, the rows still importable', async () => {
    const text = '学科名称,学科带头人\n心血管内科,张\ufffd\n鍖婚櫌绉戝,李娜\n';
    const { report } = await read('a.csv', new TextEncoder().encode(text));
    expect(report.good).toHaveLength(2);
    expect(report.warnings.map((w) => `${w.row}${w.column}`)).toEqual(['2B', '3A']);
    expect(report.warnings.map(issueLine)[0]).toContain('第 2 行 B 列（学科带头人）「张\ufffd」：含有替换字符');
  });

  it('semicolon and tab delimiters and quoted fields with newlines (papaparse)', async () => {
    const { report } = await read('a.csv', new TextEncoder().encode('学科名称;床位数;分类理由\n儿科;8;"第一行\n第二行"\n内科;9;无\n'));
    expect(report.good[0]!.value).toMatchObject({ name: '儿科', rationale: '第一行\n第二行' });
    const tab = await read('a.txt', new TextEncoder().encode('学科名称\t床位数\n儿科\t8\n'));
    expect(tab.report.good[0]!.value).toMatchObject({ name: '儿科', bedCount: 8 });
  });
});

describe('the CLI’s copy of the encoding list', () => {
  it('matches shared/import', async () => {
    const { CSV_ENCODINGS } = await import('#shared/import/index.ts');
    const { importCommand } = await import('#cli/commands/import.ts');
    expect(importCommand.synopsis).toContain(`--encoding ${CSV_ENCODINGS.join('|')}`);
  });
});
