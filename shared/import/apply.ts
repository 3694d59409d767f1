import { DisciplineSchema, type Discipline } from '#shared/domain/index.ts';
import type { DisciplineDraft } from './disciplines.ts';

/**
 * The disciplines table after an import, for runtimes without the database (the CLI writes a new backup):
 * a draft with an id replaces that record with the next version, the others are added. Every record is
 * parsed by DisciplineSchema, as saveRecords does in the renderer.
 */
export function applyDisciplineDrafts(table: readonly Discipline[], drafts: readonly DisciplineDraft[], newId: () => string, now = new Date()): Discipline[] {
  const updatedAt = now.toISOString();
  const byId = new Map(table.map((d) => [d.id, d]));
  const added: Discipline[] = [];
  for (const draft of drafts) {
    const before = draft.id ? byId.get(draft.id) : undefined;
    const record = DisciplineSchema.parse({ ...draft, id: before?.id ?? newId(), version: (before?.version ?? 0) + 1, updatedAt });
    if (before) byId.set(before.id, record);
    else added.push(record);
  }
  return [...byId.values(), ...added];
}
