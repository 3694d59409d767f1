import type { DetectResult } from 'jschardet';

/** The encodings a hospital's CSV comes in: Excel's "CSV UTF-8", a mainland system's GBK, a Big5 one. */
export const CSV_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];
export const ENCODING_LABELS: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GBK / GB18030（简体）',
  big5: 'Big5（繁体）',
  'utf-16le': 'UTF-16（Excel“Unicode 文本”）',
};

export interface DetectedEncoding {
  encoding: CsvEncoding;
  /** How it was found, for the line shown beside the encoding picker. */
  how: 'bom' | 'valid-utf-8' | 'detector' | 'fallback';
  confidence: number;
}

interface Decoder {
  decode(bytes: Uint8Array): string;
}
// shared/ compiles without DOM types; TextDecoder exists in Node and every browser, with gbk/gb18030/big5.
const TextDecoderCtor = (globalThis as unknown as { TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder }).TextDecoder;

const hasUtf8Bom = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
const hasUtf16LeBom = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xfe;

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoderCtor('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** GB2312 ⊂ GBK ⊂ GB18030: decoding as GB18030 is right for all three. */
function fromDetector(name: string | null): CsvEncoding | null {
  const n = (name ?? '').toLowerCase();
  if (n === 'gb2312' || n === 'gbk' || n === 'gb18030') return 'gb18030';
  if (n === 'big5' || n === 'euc-tw') return 'big5';
  if (n === 'utf-8' || n === 'ascii') return 'utf-8';
  return null;
}

/**
 * BOM first, then strict UTF-8 (a GBK file is almost never valid UTF-8), then jschardet limited to the
 * Chinese encodings; an undecided file falls back to GB18030, the mainland default, and says so.
 */
export async function detectEncoding(bytes: Uint8Array): Promise<DetectedEncoding> {
  if (hasUtf8Bom(bytes)) return { encoding: 'utf-8', how: 'bom', confidence: 1 };
  if (hasUtf16LeBom(bytes)) return { encoding: 'utf-16le', how: 'bom', confidence: 1 };
  const sample = bytes.subarray(0, 256 * 1024);
  // A sample may cut a multi-byte character at its end; the whole file decides validity.
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', how: 'valid-utf-8', confidence: 1 };
  // jschardet carries a large model: loaded only when a file is not UTF-8, so .xlsx imports never pay for it.
  const { detect } = await import('jschardet');
  const guess: DetectResult = detect(sample, { detectEncodings: ['GB18030', 'Big5'] });
  const encoding = fromDetector(guess.encoding);
  if (encoding && encoding !== 'utf-8') return { encoding, how: 'detector', confidence: guess.confidence };
  return { encoding: 'gb18030', how: 'fallback', confidence: 0 };
}

/** Decodes with replacement (never throws): characters the encoding cannot map become U+FFFD and are warned per cell. */
export function decodeText(bytes: Uint8Array, encoding: CsvEncoding): string {
  return new TextDecoderCtor(encoding, { ignoreBOM: false }).decode(bytes);
}

export function describeDetection(d: DetectedEncoding): string {
  const label = ENCODING_LABELS[d.encoding];
  if (d.how === 'bom') return `${label}（文件带字节顺序标记）`;
  if (d.how === 'valid-utf-8') return `${label}（内容是有效的 UTF-8）`;
  if (d.how === 'detector') return `${label}（自动识别，可信度 ${Math.round(d.confidence * 100)}%）`;
  return `${label}（无法确定，按简体中文默认编码读取，如有乱码请改选编码）`;
}
