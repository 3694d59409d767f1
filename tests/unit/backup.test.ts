import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, makeBackup, migrateBackup, parseBackup, type Backup, type RawBackup } from '#shared/backup/index.ts';
import { generateSample } from '#shared/sample/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/backup/${name}`, import.meta.url), 'utf8');
const demo = makeBackup(generateSample({ size: 'demo' }), 'test', new Date('2024-01-08T10:00:00.000Z'));

/** The reason parseBackup gives, failing the test if it accepted the text. */
function reasonFor(text: string): string {
  const result = parseBackup(text);
  if (result.ok) throw new Error('parseBackup accepted bad input');
  return result.reason;
}

/** The demo backup after `edit`, as file text. */
function edited(edit: (backup: Backup & Record<string, unknown>) => void): string {
  const copy = structuredClone(demo) as Backup & Record<string, unknown>;
  edit(copy);
  return JSON.stringify(copy, null, 2);
}

describe('backup: accepted files', () => {
  it('opens the committed v1 fixture', () => {
    const result = parseBackup(fixture('v1-small.json'));
    expect(result.ok && result.backup.tables.disciplines.map((d) => d.name)).toEqual(['内科', '心血管内科', '日间手术中心']);
  });

  it('round-trips the demo and the province sample, and tolerates a byte-order mark', () => {
    expect(parseBackup(JSON.stringify(demo))).toEqual({ ok: true, backup: demo });
    expect(parseBackup(`\ufeff${JSON.stringify(demo)}`).ok).toBe(true);
    const large = makeBackup(generateSample({ size: 'large' }), 'test');
    expect(parseBackup(JSON.stringify(large))).toEqual({ ok: true, backup: large });
  });
});

describe('backup: refused files say why', () => {
  it('empty', () => {
    expect(reasonFor('')).toBe('文件为空');
    expect(reasonFor(' \n\t')).toBe('文件为空');
  });

  it('truncated, with where it stops', () => {
    expect(reasonFor(fixture('truncated.json'))).toMatch(/^文件不完整：内容在第 \d+ 行第 \d+ 列处中断/);
  });

  it('broken JSON, with line and column', () => {
    expect(reasonFor('{\n  "format" "x"\n}')).toBe('不是有效的 JSON：第 2 行第 12 列（第 14 个字符）附近有语法错误');
    expect(reasonFor('PK\u0003\u0004 spreadsheet')).toBe('不是有效的 JSON：出现无法识别的字符「P」，可能选错了文件');
  });

  it('another program’s JSON, saying what its format field says', () => {
    expect(reasonFor(fixture('foreign-dexie-export.json'))).toBe('不是本软件的备份文件（缺少 format 字段，应为「specialty-planner-backup」）');
    expect(reasonFor('{"format":"excel-export","version":1}')).toBe('不是本软件的备份文件（format 字段为「excel-export」，应为「specialty-planner-backup」）');
    expect(reasonFor('[1, 2]')).toBe('不是本软件的备份文件（内容是数组，不是对象）');
  });

  it('a newer version than this build reads, or a nonsense version', () => {
    expect(reasonFor(edited((b) => (b.version = (BACKUP_VERSION + 1) as typeof BACKUP_VERSION)))).toBe(
      `备份文件是第 ${BACKUP_VERSION + 1} 版格式，本软件只支持到第 ${BACKUP_VERSION} 版，请先升级软件`,
    );
    expect(reasonFor(edited((b) => ((b as Record<string, unknown>).version = '1')))).toBe('备份文件的版本号无效（version 为 "1"）');
    expect(reasonFor(edited((b) => delete (b as Record<string, unknown>).version))).toBe('备份文件的版本号无效（缺少 version 字段）');
  });

  it('a schema violation, naming table, row and field', () => {
    expect(reasonFor(edited((b) => (b.tables.disciplines[11]!.name = '  ')))).toBe('disciplines 第 12 行 name: 请填写学科名称');
    expect(reasonFor(edited((b) => (b.tables.disciplines[0]!.factors.talentTeam.score = 7)))).toBe(
      'disciplines 第 1 行 factors.talentTeam.score: 评分应为 1–5 的整数',
    );
    expect(reasonFor(edited((b) => delete (b.tables.hospitals[0] as Record<string, unknown>).city))).toBe('hospitals 第 1 行 city: 缺少此项');
    expect(reasonFor(edited((b) => delete (b.tables as Record<string, unknown>).disciplines))).toBe('tables.disciplines: 缺少此项');
  });

  it('several problems: the first in full and how many more', () => {
    const text = edited((b) => {
      b.tables.disciplines[2]!.staffCount = -1;
      b.tables.disciplines[5]!.category = 'OTHER' as 'BASIC';
    });
    expect(reasonFor(text)).toBe('disciplines 第 3 行 staffCount: 人员数不能为负数（另有 1 处问题）');
  });

  it('a discipline of a hospital that is not in the file', () => {
    expect(reasonFor(edited((b) => (b.tables.disciplines[2]!.hospitalId = 'h-gone')))).toBe(
      'disciplines 第 3 行 hospitalId: 引用的医院不存在（编号 h-gone）',
    );
  });

  it('a parent discipline that is not in the file', () => {
    expect(reasonFor(edited((b) => (b.tables.disciplines[5]!.parentId = 'd-gone')))).toBe(
      'disciplines 第 6 行 parentId: 引用的学科不存在（编号 d-gone）',
    );
  });

  it('the same id twice in a table', () => {
    const id = demo.tables.disciplines[1]!.id;
    expect(reasonFor(edited((b) => (b.tables.disciplines[6]!.id = id)))).toBe(`disciplines 第 7 行 id: 编号与第 2 行重复（${id}）`);
  });
});

describe('backup: migration ladder', () => {
  const v1 = { ...(JSON.parse(fixture('v1-small.json')) as Record<string, unknown>), version: 1 };

  it('brings a version-1 file to version 2 with the specialty and contract tables empty', () => {
    const result = migrateBackup(v1);
    if (!result.ok) throw new Error(result.reason);
    const tables = result.raw.tables as Record<string, unknown[]>;
    expect(result.raw.version).toBe(2);
    expect(tables.specialties).toEqual([]);
    expect(tables.contracts).toEqual([]);
    expect(tables.disciplines).toEqual((v1 as unknown as { tables: Record<string, unknown[]> }).tables.disciplines);
  });

  it('passes a current-version file through unchanged', () => {
    const current = migrateBackup(v1);
    if (!current.ok) throw new Error(current.reason);
    expect(migrateBackup(current.raw)).toEqual(current);
  });

  it('climbs one step per version (shown with a v2 that adds a table)', () => {
    const ladder = {
      1: (b: RawBackup): RawBackup => ({ ...b, version: 2, tables: { ...(b.tables as object), specialties: [] } }),
    };
    const result = migrateBackup(v1, ladder, 2);
    expect(result.ok && result.raw.version).toBe(2);
    expect(result.ok && (result.raw.tables as Record<string, unknown>).specialties).toEqual([]);
  });

  it('treats a gap in the ladder as a bug in the build, not in the file', () => {
    expect(() => migrateBackup(v1, {}, 2)).toThrow('No backup migration from version 1 to 2');
  });
});
