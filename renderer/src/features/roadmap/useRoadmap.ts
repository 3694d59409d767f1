import { useMemo, useRef } from 'react';
import dayjs from 'dayjs';
import { isOverdue, type Hospital, type Milestone } from '#shared/domain/index.ts';
import { listRoadmap, useLive, type RoadmapData } from '#renderer/db/index.ts';
import type { TimelineGroup, TimelineMarker, TimelineTask } from './timeline/RoadmapTimeline.tsx';
import { compareText } from '#renderer/i18n/collate.ts';

/** The two horizons of 二 (主要目标): 到2025年末 and 到2030年. */
export const ROADMAP_MARKERS: readonly TimelineMarker[] = [
  { date: '2025-12-31', label: '2025年末目标', color: '#d46b08' },
  { date: '2030-12-31', label: '2030年目标', color: '#531dab' },
];

/** Today as the user's calendar reads it (local time), the day overdue is measured against. */
export const todayIso = (): string => dayjs().format('YYYY-MM-DD');

/** undefined while the hospital is not known yet; null for every hospital. */
export function useRoadmapData(hospitalId: string | null | undefined): RoadmapData | undefined {
  return useLive((db) => (hospitalId === undefined ? Promise.resolve(undefined) : listRoadmap(db, hospitalId)), [hospitalId]);
}

export interface RoadmapFilter {
  specialtyIds: readonly string[];
  owner: string | null;
  /** Show the hospital beside each specialty (province view); null leaves it out. */
  hospitals: readonly Hospital[] | null;
}

const byDates = (a: Milestone, b: Milestone) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0);

/** Specialty groups with their tasks in date order, after the specialty and owner filters. O(tasks). */
export function useTimelineGroups(data: RoadmapData | undefined, filter: RoadmapFilter, today: string): TimelineGroup[] {
  const { specialtyIds, owner, hospitals } = filter;
  return useMemo(() => {
    if (!data) return [];
    const tasksBySpecialty = new Map<string, Milestone[]>();
    for (const m of data.milestones) {
      if (owner !== null && m.owner !== owner) continue;
      const list = tasksBySpecialty.get(m.specialtyId);
      if (list) list.push(m);
      else tasksBySpecialty.set(m.specialtyId, [m]);
    }
    const chosen = specialtyIds.length > 0 ? new Set(specialtyIds) : null;
    const hospitalNames = hospitals ? new Map(hospitals.map((h) => [h.id, h.name])) : null;
    const groups: TimelineGroup[] = [];
    for (const s of data.specialties) {
      if (chosen && !chosen.has(s.id)) continue;
      const tasks = tasksBySpecialty.get(s.id);
      if (!tasks) continue; // the owner filter leaves no task here, or the specialty has no roadmap yet
      tasks.sort(byDates);
      groups.push({
        id: s.id,
        label: s.name,
        sublabel: hospitalNames?.get(s.hospitalId),
        tasks: tasks.map(
          (m): TimelineTask => ({ id: m.id, title: m.title, start: m.start, end: m.end, owner: m.owner, status: m.status, overdue: isOverdue(m, today), dependsOn: m.dependsOn }),
        ),
      });
    }
    return groups;
  }, [data, specialtyIds, owner, hospitals, today]);
}

/**
 * Everyone who owns a task, for the owner filter, in pinyin order. A move changes the data but rarely the
 * owners: the sorted list is kept while the set of names is the same (sorting thousands of names with the
 * collator costs a frame after every drop).
 */
export function useOwners(data: RoadmapData | undefined): string[] {
  const sorted = useRef<string[]>([]);
  return useMemo(() => {
    const owners = new Set<string>();
    for (const m of data?.milestones ?? []) if (m.owner) owners.add(m.owner);
    const previous = sorted.current;
    if (owners.size !== previous.length || previous.some((name) => !owners.has(name))) sorted.current = [...owners].sort(compareText);
    return sorted.current;
  }, [data]);
}
