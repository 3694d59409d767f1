import type { MilestoneStatus } from '#shared/domain/index.ts';

/** One bar (or diamond, when start = end) on the timeline. Dates are ISO days, both ends inclusive. */
export interface TimelineTask {
  id: string;
  title: string;
  start: string;
  end: string;
  owner: string;
  status: MilestoneStatus;
  overdue: boolean;
  /** Ids of tasks that must finish first (finish-to-start); drawn as arrows when both are shown. */
  dependsOn: readonly string[];
}

/** A collapsible group row (one specialty) with its tasks under it. */
export interface TimelineGroup {
  id: string;
  label: string;
  /** Secondary text after the label, e.g. the hospital in the province view. */
  sublabel?: string;
  tasks: readonly TimelineTask[];
}

/** A vertical line across the timeline at the end of `date`, with its label in the header. */
export interface TimelineMarker {
  date: string;
  label: string;
  color: string;
}

export type TimelineRow =
  | { kind: 'group'; group: TimelineGroup; collapsed: boolean; start: string | null; end: string | null; overdue: number }
  | { kind: 'task'; task: TimelineTask; groupId: string };

/** What a drag asks for: the task's new dates. The promise resolves to null when stored, or to the reason it was refused. */
export type MoveHandler = (task: TimelineTask, start: string, end: string) => Promise<string | null>;
