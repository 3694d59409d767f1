/**
 * Bounds that keep a hostile or mistaken file from exhausting memory. Real 学科清单 and actuals sheets are
 * far below every one of them (a 50,000-row sheet is about 2 MB zipped, 20 MB of XML).
 */
export const IMPORT_LIMITS = {
  /** The picked file itself. */
  fileBytes: 32 * 1024 * 1024,
  /** Everything inside an .xlsx once inflated, summed over its entries. */
  inflatedBytes: 256 * 1024 * 1024,
  /** One inflated entry (the largest is a big sheet's XML or the shared strings). */
  entryBytes: 128 * 1024 * 1024,
  /** Inflated ÷ compressed size above which an entry is treated as a zip bomb (XML rarely passes 30). */
  compressionRatio: 200,
  /** Entries smaller than this are not ratio-checked: tiny files compress oddly and cannot hurt. */
  ratioCheckFrom: 1024 * 1024,
  entries: 2_000,
  /** Excel's own limit for one cell. */
  cellChars: 32_767,
  rows: 200_000,
  columns: 256,
} as const;

export const formatCount = (n: number) => n.toLocaleString('en-US');
