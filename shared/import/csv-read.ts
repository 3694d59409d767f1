import Papa from 'papaparse';
import { decodeText, detectEncoding, type CsvEncoding, type DetectedEncoding } from './encoding.ts';
import { checkGridBounds, type SheetGrid } from './grid.ts';
import { IMPORT_LIMITS as L, formatCount } from './limits.ts';
import { refuse } from './refusal.ts';

export interface CsvRead {
  grid: SheetGrid;
  detected: DetectedEncoding;
  /** The encoding used: the detected one unless the user chose another. */
  encoding: CsvEncoding;
}

/**
 * papaparse guesses the delimiter from field counts, which blank lines (kept so row numbers match the
 * file) can defeat; the guess is made on the first non-blank lines and then used for the whole file.
 */
function guessDelimiter(text: string): string {
  const head = Papa.parse<string[]>(text.slice(0, 64 * 1024), { preview: 50, skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';', '|'] });
  return head.meta.delimiter || ',';
}

/** Decodes (detected or chosen encoding) and parses with papaparse; the delimiter (, ; tab) is guessed. */
export async function readCsv(name: string, bytes: Uint8Array, chosen?: CsvEncoding): Promise<CsvRead> {
  if (bytes.length > L.fileBytes) refuse(`文件大小 ${formatCount(Math.round(bytes.length / 1024 / 1024))} MB，超过导入上限 ${L.fileBytes / 1024 / 1024} MB`);
  if (bytes.length === 0) refuse('文件是空的');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) refuse('这个文件是 Excel 工作簿（zip 格式），请把扩展名改为 .xlsx 后再导入');
  const detected = await detectEncoding(bytes);
  const encoding = chosen ?? detected.encoding;
  const text = decodeText(bytes, encoding);
  if (text.includes('\u0000')) refuse('文件含有二进制内容，不是 CSV 文本，可能选错了文件');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: guessDelimiter(text) });
  const rows = parsed.data.map((row) => row.map((cell) => cell.trim()));
  // A final newline leaves one empty record behind.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  const grid: SheetGrid = { name: name.replace(/\.[^.]*$/, ''), hidden: false, rows, hiddenColumns: new Set(), spanningRows: new Set() };
  checkGridBounds(grid);
  return { grid, detected, encoding };
}
