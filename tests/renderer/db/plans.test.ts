import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '#shared/domain/index.ts';
import {
  RecordValidationError,
  currentPlan,
  movePlan,
  readAllTables,
  savePlan,
  type PlannerDatabase,
} from '#renderer/db/index.ts';
import { demoDatabase } from './fresh-db.ts';

let db: PlannerDatabase;
let cleanup: () => Promise<void>;
let plan: Plan;
beforeEach(async () => {
  ({ db, cleanup } = await demoDatabase());
  const tables = await readAllTables(db);
  plan = (await currentPlan(db, tables.hospitals[0]!.id))!;
});
afterEach(() => cleanup());

const stored = async () => (await db.table<Plan, string>('plans').get(plan.id))!;

describe('saving a plan', () => {
  it('finds the demo hospital plan, saves edited sections with a new version and an outbox entry', async () => {
    expect(plan.status).toBe('INTERNAL_REVIEW');
    const outbox = await db.outbox.count();
    const sections = { ...plan.sections, SAFEGUARDS: [{ type: 'heading' as const, level: 2 as const, text: '（一）加强组织领导' }, { type: 'paragraph' as const, text: '成立管理委员会。' }] };
    const saved = await savePlan(db, { ...plan, sections });
    expect(saved.version).toBe(plan.version + 1);
    expect((await stored()).sections.SAFEGUARDS).toEqual(sections.SAFEGUARDS);
    expect(await db.outbox.count()).toBe(outbox + 1);
  });

  it('keeps the status as stored: the workflow alone changes it', async () => {
    await savePlan(db, { ...plan, status: 'SUBMITTED', title: '改名' });
    expect(await stored()).toMatchObject({ status: 'INTERNAL_REVIEW', title: '改名' });
  });

  it('refuses a bad 文号 with the field named and writes nothing', async () => {
    const outbox = await db.outbox.count();
    const error = await savePlan(db, { ...plan, docNumber: '示医发[2024]12号' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).issues).toEqual([{ field: 'docNumber', message: expect.stringContaining('六角括号') as string }]);
    expect(await stored()).toEqual(plan);
    expect(await db.outbox.count()).toBe(outbox);
  });

  it('creates a new plan as a draft', async () => {
    const fresh: Plan = { ...plan, id: 'new-plan', version: 0, status: 'APPROVED', docNumber: '' };
    const saved = await savePlan(db, fresh);
    expect(saved.status).toBe('DRAFT');
  });
});

describe('the plan workflow', () => {
  it('refuses 报送 without a 成文日期 and writes nothing; with one it saves edits and status together', async () => {
    await movePlan(db, plan, 'APPROVED');
    const approved = await stored();
    const outbox = await db.outbox.count();
    await expect(movePlan(db, { ...approved, title: '报送稿' }, 'SUBMITTED')).rejects.toThrow('报送前请填写文号和成文日期');
    expect(await stored()).toEqual(approved);
    expect(await db.outbox.count()).toBe(outbox);

    await movePlan(db, { ...approved, title: '报送稿', issueDate: '2024-03-01' }, 'SUBMITTED');
    expect(await stored()).toMatchObject({ status: 'SUBMITTED', title: '报送稿', issueDate: '2024-03-01' });
  });

  it('refuses a move the workflow does not have', async () => {
    await expect(movePlan(db, plan, 'SUBMITTED')).rejects.toThrow('规划不能从「院内审议」改为「已报送」');
  });

  it('a submitted plan refuses edits and moves, and writes nothing', async () => {
    await movePlan(db, plan, 'APPROVED');
    const submitted = await movePlan(db, { ...(await stored()), issueDate: '2024-03-01' }, 'SUBMITTED');
    const outbox = await db.outbox.count();
    await expect(savePlan(db, { ...submitted, title: '再改一次' })).rejects.toThrow('已报送，不能再修改');
    await expect(movePlan(db, submitted, 'DRAFT')).rejects.toThrow('已报送，不能再修改');
    expect(await stored()).toEqual(submitted);
    expect(await db.outbox.count()).toBe(outbox);
  });
});
