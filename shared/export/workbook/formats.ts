import type { CellKind } from '../tables/types.ts';

/**
 * Excel number formats per CellKind. Text columns get '@' (Text), so a value a person typed that starts with
 * = + - @ stays text even when someone edits the cell in Excel later; integers have no thousands separator
 * because years are integers too; money is 万元 to the hundredth; percent values are fractions (0.885).
 */
export const NUMBER_FORMATS: Record<CellKind, string> = {
  text: '@',
  integer: '0',
  decimal: '0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  money: '#,##0.00',
};

/** Numbers right-aligned as 公文 tables are; text left, dates centred. */
export const HORIZONTAL: Record<CellKind, 'left' | 'right' | 'center'> = {
  text: 'left',
  integer: 'right',
  decimal: 'right',
  percent: 'right',
  date: 'center',
  money: 'right',
};

export const FONT_NAME = '宋体';
export const HEADER_FILL = 'FFD9E2F3';
