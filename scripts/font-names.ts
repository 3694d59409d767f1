// Rewrites the `name` table of an sfnt (TrueType or CFF OpenType) font. The OFL forbids a Modified Version
// (a subset is one) from using a Reserved Font Name, so each bundled subset gets its own family name here.

export interface FontNames {
  family: string;
  /** PostScript name: ASCII letters, digits and hyphens only. */
  postscript: string;
  copyright: string;
  version: string;
  license: string;
  licenseUrl: string;
}

/** Windows/Unicode BMP records, English (US); the only platform PDF readers and fontkit need. */
export function withNames(font: Uint8Array, names: FontNames): Uint8Array {
  const records: [number, string][] = [
    [0, names.copyright],
    [1, names.family],
    [2, 'Regular'],
    [3, `${names.postscript};${names.version}`],
    [4, names.family],
    [5, names.version],
    [6, names.postscript],
    [13, names.license],
    [14, names.licenseUrl],
  ];
  return replaceTable(font, 'name', nameTable(records));
}

function nameTable(records: [number, string][]): Uint8Array {
  const strings = records.map(([, text]) => utf16be(text));
  const headerSize = 6 + 12 * records.length;
  const size = headerSize + strings.reduce((n, s) => n + s.length, 0);
  const out = new DataView(new ArrayBuffer(size));
  out.setUint16(0, 0);
  out.setUint16(2, records.length);
  out.setUint16(4, headerSize);
  let offset = 0;
  records.forEach(([nameId], i) => {
    const at = 6 + 12 * i;
    out.setUint16(at, 3); // Windows
    out.setUint16(at + 2, 1); // Unicode BMP
    out.setUint16(at + 4, 0x409); // en-US
    out.setUint16(at + 6, nameId);
    out.setUint16(at + 8, strings[i]!.length);
    out.setUint16(at + 10, offset);
    new Uint8Array(out.buffer).set(strings[i]!, headerSize + offset);
    offset += strings[i]!.length;
  });
  return new Uint8Array(out.buffer);
}

function utf16be(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) >> 8;
    out[2 * i + 1] = text.charCodeAt(i) & 0xff;
  }
  return out;
}

interface TableEntry {
  tag: string;
  data: Uint8Array;
}

/** Rebuilds the font with one table replaced, recomputing table checksums and head.checkSumAdjustment. */
export function replaceTable(font: Uint8Array, tag: string, data: Uint8Array): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const flavor = view.getUint32(0);
  const count = view.getUint16(4);
  const tables: TableEntry[] = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const t = String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!);
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    tables.push({ tag: t, data: t === tag ? data : font.slice(offset, offset + length) });
  }
  if (!tables.some((t) => t.tag === tag)) tables.push({ tag, data });
  tables.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const headerSize = 12 + 16 * tables.length;
  const total = headerSize + tables.reduce((n, t) => n + pad4(t.data.length), 0);
  const out = new Uint8Array(total);
  const ov = new DataView(out.buffer);
  const log2 = Math.floor(Math.log2(tables.length));
  ov.setUint32(0, flavor);
  ov.setUint16(4, tables.length);
  ov.setUint16(6, 16 * 2 ** log2);
  ov.setUint16(8, log2);
  ov.setUint16(10, tables.length * 16 - 16 * 2 ** log2);
  let offset = headerSize;
  let headOffset = -1;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[at + k] = t.tag.charCodeAt(k);
    if (t.tag === 'head') {
      t.data = t.data.slice();
      new DataView(t.data.buffer).setUint32(8, 0); // checkSumAdjustment is computed over the whole file below
      headOffset = offset;
    }
    ov.setUint32(at + 4, checksum(t.data));
    ov.setUint32(at + 8, offset);
    ov.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += pad4(t.data.length);
  });
  if (headOffset >= 0) ov.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  const padded = data.length % 4 === 0 ? data : Uint8Array.from({ length: pad4(data.length) }, (_, i) => data[i] ?? 0);
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}
