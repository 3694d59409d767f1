import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { IMPORT_LIMITS as L, formatCount } from './limits.ts';
import { ImportRefusedError, refuse } from './refusal.ts';

const MB = (n: number) => `${formatCount(Math.round(n / 1024 / 1024))} MB`;

/** Old binary Excel (.xls, OLE2 compound file): a common mistake, so it gets its own sentence. */
const isOle2 = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

interface DeclaredEntry {
  name: string;
  size: number;
  originalSize: number;
}

/** The zip's central directory, read without inflating anything. A truncated file has none. */
function declaredEntries(bytes: Uint8Array): DeclaredEntry[] {
  const entries: DeclaredEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch {
    refuse('文件不完整或已损坏（找不到压缩包目录），可能下载或复制时被截断，请重新获取文件');
  }
  return entries;
}

function checkDeclared(entries: readonly DeclaredEntry[]): void {
  if (entries.length > L.entries) refuse(`文件包含 ${formatCount(entries.length)} 个内部文件，不像正常的 Excel 工作簿，已拒绝`);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) refuse('这不是 Excel 工作簿（压缩包中没有 xl/workbook.xml），请选择 .xlsx 文件');
  let total = 0;
  for (const e of entries) {
    total += e.originalSize;
    if (e.originalSize > L.entryBytes) refuse(`工作簿内的「${e.name}」解压后达 ${MB(e.originalSize)}，超过上限 ${MB(L.entryBytes)}，已拒绝`);
    if (e.originalSize >= L.ratioCheckFrom && e.originalSize > e.size * L.compressionRatio) {
      refuse(`工作簿内的「${e.name}」压缩比异常（${formatCount(Math.round(e.originalSize / Math.max(1, e.size)))} 倍），疑似“压缩炸弹”，已拒绝`);
    }
  }
  if (total > L.inflatedBytes) refuse(`工作簿解压后共 ${MB(total)}，超过上限 ${MB(L.inflatedBytes)}，已拒绝`);
}

const DOCTYPE = [...'<!DOCTYPE'].map((c) => c.charCodeAt(0));
const ENTITY = [...'<!ENTITY'].map((c) => c.charCodeAt(0));

function contains(haystack: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0]!;
  for (let i = haystack.indexOf(first); i !== -1 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && (haystack[i + j]! | 0x20) === (needle[j]! | 0x20)) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/**
 * Inflates every entry as a stream, counting bytes, and stops at the first one that grows past its declared
 * size (a lying directory) or the caps. Returns the inflated XML parts, which the caller may keep.
 */
function inflateBounded(bytes: Uint8Array, declared: ReadonlyMap<string, number>): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  // fflate hands an exception thrown in ondata back to ondata as an error; the first refusal is kept.
  let stopped: ImportRefusedError | null = null;
  const stop = (message: string): never => {
    stopped ??= new ImportRefusedError(message);
    throw stopped;
  };
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    const limit = Math.min(declared.get(file.name) ?? 0, L.entryBytes);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (error) stop('工作簿内容已损坏，无法解压');
      size += chunk.length;
      total += chunk.length;
      if (size > limit) stop(`工作簿内的「${file.name}」实际解压大小超过目录中声明的大小，疑似“压缩炸弹”，已拒绝`);
      if (total > L.inflatedBytes) stop(`工作簿解压后超过上限 ${MB(L.inflatedBytes)}，已拒绝`);
      chunks.push(chunk);
      if (final) parts.set(file.name, concat(chunks, size));
    };
    file.start();
  };
  const step = 64 * 1024;
  try {
    for (let at = 0; at < bytes.length; at += step) unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
  } catch {
    stop('工作簿内容已损坏，无法解压');
  }
  return parts;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Everything checked before an .xlsx reaches the spreadsheet library: it is a zip, complete, its directory
 * declares sane sizes and ratios, it inflates within those sizes, and no XML part carries a DOCTYPE or
 * entity declaration (XXE, billion laughs). Throws ImportRefusedError with the reason; returns the parts.
 */
export function guardXlsx(bytes: Uint8Array): Map<string, Uint8Array> {
  if (bytes.length > L.fileBytes) refuse(`文件大小 ${MB(bytes.length)}，超过导入上限 ${MB(L.fileBytes)}`);
  if (bytes.length === 0) refuse('文件是空的');
  if (isOle2(bytes)) refuse('这是旧版 Excel 97-2003（.xls）文件，请在 Excel 中“另存为” .xlsx 后再导入');
  if (!isZip(bytes)) refuse('这不是有效的 .xlsx 文件（文件头不是 zip 压缩包），可能选错了文件或文件已损坏');
  const entries = declaredEntries(bytes);
  checkDeclared(entries);
  const parts = inflateBounded(bytes, new Map(entries.map((e) => [e.name, e.originalSize])));
  for (const e of entries) {
    if (!parts.has(e.name) && !e.name.endsWith('/')) refuse(`工作簿内的「${e.name}」无法解压，文件不完整或已损坏`);
  }
  for (const [name, part] of parts) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    if (contains(part, DOCTYPE) || contains(part, ENTITY)) {
      refuse(`工作簿内的「${name}」含有 DOCTYPE/实体声明，正常的 Excel 文件不会有，可能是恶意文件，已拒绝`);
    }
  }
  return parts;
}
