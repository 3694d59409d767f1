import { describe, expect, it } from 'vitest';
import { KEY_STEPS, barKeyAction, keyboardDates, stepDate } from '#renderer/features/roadmap/timeline/keyboard.ts';
import { buildRows, taskRowFrom } from '#renderer/features/roadmap/timeline/rows.ts';
import { addMonths } from '#renderer/features/roadmap/timeline/scale.ts';
import type { TimelineGroup, TimelineTask } from '#renderer/features/roadmap/timeline/types.ts';

const task = { start: '2024-06-01', end: '2024-09-30' }; // month-aligned, as most plan tasks are

describe('keyboard steps on the timeline', () => {
  it('moves a day at 月, a week at 季度 and a calendar month at 年', () => {
    expect(KEY_STEPS.MONTH.label).toBe('1 天');
    expect(stepDate('2024-06-01', 'MONTH', 1)).toBe('2024-06-02');
    expect(stepDate('2024-06-01', 'MONTH', -1)).toBe('2024-05-31');
    expect(stepDate('2024-06-01', 'QUARTER', 1)).toBe('2024-06-08');
    expect(stepDate('2024-06-01', 'QUARTER', -2)).toBe('2024-05-18');
    expect(stepDate('2024-06-01', 'YEAR', 1)).toBe('2024-07-01');
    expect(stepDate('2024-12-15', 'YEAR', 1)).toBe('2025-01-15');
    expect(stepDate('2024-01-15', 'YEAR', -1)).toBe('2023-12-15');
  });

  it('keeps a month end at the month end, and clamps a day the next month lacks', () => {
    expect(addMonths('2024-09-30', 1)).toBe('2024-10-31');
    expect(addMonths('2024-10-31', 1)).toBe('2024-11-30');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-30', 1)).toBe('2023-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-03-15', -14)).toBe('2023-01-15');
  });

  it('moves both ends: a month-aligned task stays aligned at 年, and keeps its length at 月 and 季度', () => {
    expect(keyboardDates(task, 'YEAR', { move: 1, end: 0 })).toEqual({ start: '2024-07-01', end: '2024-10-31' });
    expect(keyboardDates(task, 'MONTH', { move: 3, end: 0 })).toEqual({ start: '2024-06-04', end: '2024-10-03' });
    expect(keyboardDates(task, 'QUARTER', { move: -1, end: 0 })).toEqual({ start: '2024-05-25', end: '2024-09-23' });
    expect(keyboardDates({ start: '2025-12-31', end: '2025-12-31' }, 'YEAR', { move: 2, end: 0 })).toEqual({ start: '2026-02-28', end: '2026-02-28' });
  });

  it('moves only the end with Shift, and may put it before the start (the drop refuses that)', () => {
    expect(keyboardDates(task, 'QUARTER', { move: 0, end: 2 })).toEqual({ start: '2024-06-01', end: '2024-10-14' });
    expect(keyboardDates(task, 'YEAR', { move: 1, end: -1 })).toEqual({ start: '2024-07-01', end: '2024-09-30' });
    expect(keyboardDates({ start: '2024-06-01', end: '2024-06-01' }, 'MONTH', { move: 0, end: -1 })).toEqual({ start: '2024-06-01', end: '2024-05-31' });
  });

  it('comes back exactly to where it began when the presses cancel out, month ends included', () => {
    const short = { start: '2024-01-31', end: '2024-01-31' };
    expect(keyboardDates(short, 'YEAR', { move: 1, end: 0 })).toEqual({ start: '2024-02-29', end: '2024-02-29' });
    expect(keyboardDates(short, 'YEAR', { move: 0, end: 0 })).toEqual(short);
  });

  it('maps the keys: arrows move, Shift+arrows resize, Enter, Escape, ↑/↓/Home/End go between tasks; modifiers are left alone', () => {
    const key = (k: string, mods: Partial<KeyboardEvent> = {}) => barKeyAction({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
    expect(key('ArrowLeft')).toEqual({ kind: 'move', direction: -1 });
    expect(key('ArrowRight')).toEqual({ kind: 'move', direction: 1 });
    expect(key('ArrowRight', { shiftKey: true })).toEqual({ kind: 'resize', direction: 1 });
    expect(key('ArrowLeft', { shiftKey: true })).toEqual({ kind: 'resize', direction: -1 });
    expect(key('Enter')).toEqual({ kind: 'enter' });
    expect(key('Escape')).toEqual({ kind: 'escape' });
    expect([key('ArrowUp'), key('ArrowDown'), key('Home'), key('End')]).toEqual([{ kind: 'previous' }, { kind: 'next' }, { kind: 'first' }, { kind: 'last' }]);
    expect(key('ArrowLeft', { ctrlKey: true })).toBeNull();
    expect(key('ArrowRight', { altKey: true })).toBeNull();
    expect(key('Tab')).toBeNull();
    expect(key('a')).toBeNull();
  });
});

const t = (id: string): TimelineTask => ({ id, title: id, start: '2024-03-01', end: '2024-03-31', owner: '', status: 'PLANNED', overdue: false, dependsOn: [] });
const groups: TimelineGroup[] = [
  { id: 'g1', label: '一', tasks: [t('a'), t('b')] },
  { id: 'g2', label: '二', tasks: [t('c')] },
  { id: 'g3', label: '三', tasks: [t('d')] },
];

describe('going between task bars with ↑/↓/Home/End', () => {
  it('skips group rows and folded groups, and stops at the ends', () => {
    const { rows, indexOfTask } = buildRows(groups, new Set(['g2'])); // g1 a b g2 g3 d
    const row = (id: string) => indexOfTask.get(id)!;
    const idAt = (i: number | null) => (i === null ? null : rows[i]!.kind === 'task' ? (rows[i] as { task: TimelineTask }).task.id : 'group');
    expect(idAt(taskRowFrom(rows, row('a'), 'next'))).toBe('b');
    expect(idAt(taskRowFrom(rows, row('b'), 'next'))).toBe('d');
    expect(idAt(taskRowFrom(rows, row('d'), 'previous'))).toBe('b');
    expect(taskRowFrom(rows, row('a'), 'previous')).toBeNull();
    expect(taskRowFrom(rows, row('d'), 'next')).toBeNull();
    expect(idAt(taskRowFrom(rows, row('d'), 'first'))).toBe('a');
    expect(idAt(taskRowFrom(rows, row('a'), 'last'))).toBe('d');
    expect(taskRowFrom(rows, row('d'), 'last')).toBeNull();
  });
});
