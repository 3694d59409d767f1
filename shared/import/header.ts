import { matchScore, normalizeLabel, type ColumnMapping, type ImportField } from './fields.ts';
import { columnCount, columnLetter, type SheetGrid } from './grid.ts';

/** A source column as the mapping step shows it. */
export interface SourceColumn {
  index: number;
  letter: string;
  /** The header text; with a two-level header, "上级 / 下级". */
  label: string;
  hidden: boolean;
}

export interface HeaderLayout {
  /** 0-based rows of the header (one, or two for a grouped header). */
  headerRows: number[];
  /** 0-based first data row. */
  dataStart: number;
  columns: SourceColumn[];
}

/** The header is looked for in the first rows only: titles and notes above a table are a few rows at most. */
const HEADER_SEARCH_ROWS = 30;

function rowScore(row: readonly string[], fields: readonly ImportField[]): number {
  let score = 0;
  for (const field of fields) {
    let best = 0;
    for (const cell of row) best = Math.max(best, matchScore(cell, field));
    score += best;
  }
  return score;
}

const distinctFilled = (row: readonly string[]) => new Set(row.filter((c) => c !== '')).size;

/**
 * A row under the header that names the columns of its groups (年度目标 over 2024 | 2025 | 2026; 基线 over
 * 年份 | 数值): at least two texts, each under a blank or grouped header cell (a merged group repeats its
 * text, an unmerged one is followed by blank cells), none under an ordinary column, which a data row fills.
 */
function subHeaderBelow(grid: SheetGrid, r: number): boolean {
  const below = grid.rows[r + 1];
  if (!below || grid.spanningRows.has(r + 1)) return false;
  const header = grid.rows[r]!;
  let named = 0;
  for (let c = 0; c < below.length; c++) {
    const text = below[c] ?? '';
    const above = header[c] ?? '';
    if (text === '' || text === above) continue; // blank, or a header cell merged down across both rows
    const grouped = above === '' || header[c - 1] === above || header[c + 1] === above || header[c + 1] === '';
    if (!grouped) return false;
    named++;
  }
  return named >= 2;
}

/** Column labels of a header: "上级 / 下级" for two rows; an unmerged group's text carries over its blank cells. */
function columnLabels(upper: readonly string[] | null, lower: readonly string[], width: number): string[] {
  const labels: string[] = [];
  let carried = '';
  for (let c = 0; c < width; c++) {
    const leaf = lower[c] ?? '';
    let group = upper ? (upper[c] ?? '') : '';
    if (group !== '') carried = group;
    else if (leaf !== '') group = carried;
    labels.push(group && leaf && group !== leaf ? `${group} / ${leaf}` : leaf || group);
  }
  return labels;
}

/**
 * Finds the header: the row among the first 30 that matches the most fields (merged title rows and notes
 * match none). A row of group members below it (subHeaderBelow) joins it as the lower level; otherwise the
 * row above joins as a group level when it holds several distinct texts and is not a single merged title.
 * A leaf merged down across both rows reads the same in each, so it is kept once.
 */
export function detectHeader(grid: SheetGrid, fields: readonly ImportField[]): HeaderLayout | null {
  let bestRow = -1;
  let bestScore = 0;
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const score = rowScore(grid.rows[r]!, fields);
    if (score > bestScore) {
      bestScore = score;
      bestRow = r;
    }
  }
  if (bestRow < 0) return null;
  let headerRows = [bestRow];
  if (subHeaderBelow(grid, bestRow)) headerRows = [bestRow, bestRow + 1];
  else if (bestRow > 0) {
    const upper = grid.rows[bestRow - 1]!;
    if (!grid.spanningRows.has(bestRow - 1) && distinctFilled(upper) >= 2 && rowScore(upper, fields) < bestScore) headerRows = [bestRow - 1, bestRow];
  }
  const upper = headerRows.length === 2 ? grid.rows[headerRows[0]!]! : null;
  const labels = columnLabels(upper, grid.rows[headerRows.at(-1)!]!, columnCount(grid));
  const columns = labels.map((label, c): SourceColumn => ({ index: c, letter: columnLetter(c), label, hidden: grid.hiddenColumns.has(c) }));
  return { headerRows, dataStart: headerRows.at(-1)! + 1, columns };
}

/**
 * The leaf of a two-level label is matched first: "资源配置 / 床位数" is a 床位数 column. The levels read
 * together also count: "基线 / 年份" is a 基线年份 column.
 */
function columnScore(column: SourceColumn, field: ImportField): number {
  const parts = column.label.split(' / ');
  const leaf = matchScore(parts[parts.length - 1]!, field) * 2;
  return parts.length === 1 ? leaf : Math.max(leaf, matchScore(column.label, field), matchScore(parts.join(''), field));
}

/**
 * Matches fields to visible columns by header name, best matches first, each column used once. Hidden
 * columns are left for the user to pick: they often hold superseded or helper values.
 */
export function autoMap(layout: HeaderLayout, fields: readonly ImportField[]): ColumnMapping {
  const candidates: { field: string; column: number; score: number }[] = [];
  for (const field of fields) {
    for (const column of layout.columns) {
      if (column.hidden) continue;
      const score = columnScore(column, field);
      if (score > 0) candidates.push({ field: field.key, column: column.index, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ColumnMapping = Object.fromEntries(fields.map((f) => [f.key, null]));
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== null || used.has(c.column)) continue;
    mapping[c.field] = c.column;
    used.add(c.column);
  }
  return mapping;
}

/** The sheet that looks most like the table: visible first, then the best header score, then the first. */
export function pickSheet(sheets: readonly SheetGrid[], fields: readonly ImportField[]): number {
  let best = 0;
  let bestScore = -1;
  sheets.forEach((sheet, i) => {
    const header = detectHeader(sheet, fields);
    const score = (header ? rowScore(sheet.rows[header.headerRows.at(-1)!]!, fields) : 0) + (sheet.hidden ? -100 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/**
 * Identifies a file layout (which headers in which order), so a mapping the user adjusted is offered again
 * for the next file of the same shape. FNV-1a over the normalised labels: short, stable, no crypto needed.
 */
export function layoutKey(kind: string, layout: HeaderLayout): string {
  const text = `${kind}|${layout.columns.map((c) => normalizeLabel(c.label)).join('|')}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${kind}:${hash.toString(16).padStart(8, '0')}`;
}
