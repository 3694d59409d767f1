import { planTransitionProblem, type Plan, type PlanStatus } from '#shared/domain/index.ts';
import type { PlannerDatabase } from './database.ts';
import { saveRecord } from './records.ts';

// The plans table is typed here, not on PlannerDatabase, so database.ts stays the foundation's file.
const plans = (db: PlannerDatabase) => db.table<Plan, string>('plans');

/** Thrown when a plan may not change (submitted) or a workflow move is refused; nothing has been written. */
export class PlanStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanStateError';
  }
}

/**
 * The plan the 规划文本 page edits: of a hospital's plans, the one most recently changed (a hospital normally
 * has one; a new term starts a new plan after the old one was submitted). undefined when it has none.
 */
export async function currentPlan(db: PlannerDatabase, hospitalId: string): Promise<Plan | undefined> {
  const all = await plans(db).where('hospitalId').equals(hospitalId).toArray();
  return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

/** A submitted plan is the commission's copy: it never changes again (PLAN_TRANSITIONS has no way back). */
export const isPlanLocked = (plan: Pick<Plan, 'status'>): boolean => plan.status === 'SUBMITTED';

function refuseLocked(stored: Plan | undefined): void {
  if (stored && isPlanLocked(stored)) throw new PlanStateError(`规划「${stored.title}」已报送，不能再修改；如需调整请起草新的规划`);
}

/**
 * Saves the plan's header and sections, validated by PlanSchema, in one transaction with its outbox entry.
 * The status and hospital are kept as stored: they change only through movePlan. A new plan starts as 草稿.
 * Throws RecordValidationError (field issues) or PlanStateError; either way nothing is written.
 */
export async function savePlan(db: PlannerDatabase, draft: Plan): Promise<Plan> {
  return db.transaction('rw', [plans(db), db.outbox], async () => {
    const stored = await plans(db).get(draft.id);
    refuseLocked(stored);
    const fixed = stored ? { status: stored.status, hospitalId: stored.hospitalId } : { status: 'DRAFT' as const };
    return saveRecord(db, 'plans', { ...draft, ...fixed });
  });
}

/**
 * Saves the current edits and moves the plan to `to` in the same write, so what is submitted is exactly what
 * the user sees. Refused with planTransitionProblem's reason (e.g. 报送前请填写文号和成文日期) before anything is
 * written; the check runs on the edited values, so a 文号 typed a moment ago counts.
 */
export async function movePlan(db: PlannerDatabase, draft: Plan, to: PlanStatus): Promise<Plan> {
  return db.transaction('rw', [plans(db), db.outbox], async () => {
    const stored = await plans(db).get(draft.id);
    refuseLocked(stored);
    const from = stored?.status ?? 'DRAFT';
    const problem = planTransitionProblem({ ...draft, status: from }, to);
    if (problem) throw new PlanStateError(problem);
    return saveRecord(db, 'plans', { ...draft, hospitalId: stored?.hospitalId ?? draft.hospitalId, status: to });
  });
}

