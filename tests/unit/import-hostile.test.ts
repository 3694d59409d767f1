import { describe, expect, it } from 'vitest';
import { ImportRefusedError, readImportFile } from '#shared/import/index.ts';
import { lyingZipBomb, officeDisciplineWorkbook, simpleWorkbook, xxeWorkbook, zipBomb } from '#tests/helpers/import-files.ts';

/** Every hostile file is refused with ImportRefusedError (a sentence for the user), never a crash. */
async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  const error = await readImportFile(name, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportRefusedError);
  return (error as Error).message;
}

describe('hostile and broken .xlsx files are refused with a clear reason', () => {
  it('a truncated workbook', async () => {
    const whole = await officeDisciplineWorkbook();
    expect(await refusal('a.xlsx', whole.subarray(0, Math.floor(whole.length / 2)))).toBe(
      '文件不完整或已损坏（找不到压缩包目录），可能下载或复制时被截断，请重新获取文件',
    );
  });

  it('a file that is not a zip, and an old .xls', async () => {
    expect(await refusal('a.xlsx', new TextEncoder().encode('学科名称,床位数\n内科,1\n'))).toBe(
      '这不是有效的 .xlsx 文件（文件头不是 zip 压缩包），可能选错了文件或文件已损坏',
    );
    expect(await refusal('a.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      '这是旧版 Excel 97-2003（.xls）文件，请在 Excel 中“另存为” .xlsx 后再导入',
    );
  });

  it('a zip bomb, by its declared compression ratio, before inflating', async () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await refusal('bomb.xlsx', bomb)).toMatch(/^工作簿内的「xl\/sharedStrings\.xml」压缩比异常（\d[\d,]* 倍），疑似“压缩炸弹”，已拒绝$/);
  });

  it('a zip bomb whose directory understates the size, by counting bytes while inflating', async () => {
    expect(await refusal('bomb.xlsx', lyingZipBomb())).toBe('工作簿内的「xl/media/big.bin」实际解压大小超过目录中声明的大小，疑似“压缩炸弹”，已拒绝');
  });

  it('XML with a DOCTYPE and an external entity', async () => {
    expect(await refusal('xxe.xlsx', xxeWorkbook())).toBe(
      '工作簿内的「xl/worksheets/sheet1.xml」含有 DOCTYPE/实体声明，正常的 Excel 文件不会有，可能是恶意文件，已拒绝',
    );
  });

  it('a zip that is no workbook', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    expect(await refusal('a.xlsx', zipSync({ 'word/document.xml': strToU8('<w/>') }))).toBe(
      '这不是 Excel 工作簿（压缩包中没有 xl/workbook.xml），请选择 .xlsx 文件',
    );
  });

  it('a cell longer than Excel allows', async () => {
    const bytes = await simpleWorkbook(['学科名称'], [['内科'], ['长'.repeat(40_000)]]);
    expect(await refusal('a.xlsx', bytes)).toBe('工作表「Sheet1」第 3 行 A 列的单元格有 40,000 个字符，超过 Excel 的上限 32,767，文件可能已被篡改');
  });

  it('an empty file, and a workbook passed off as .csv', async () => {
    expect(await refusal('a.csv', new Uint8Array())).toBe('文件是空的');
    expect(await refusal('a.csv', await simpleWorkbook(['学科名称'], [['内科']]))).toBe('这个文件是 Excel 工作簿（zip 格式），请把扩展名改为 .xlsx 后再导入');
  });

  it('a huge CSV cell', async () => {
    const bytes = new TextEncoder().encode(`学科名称,备注\n内科,"${'x'.repeat(40_000)}"\n`);
    expect(await refusal('a.csv', bytes)).toBe('工作表「a」第 2 行 B 列的单元格有 40,000 个字符，超过 Excel 的上限 32,767，文件可能已被篡改');
  });
});
