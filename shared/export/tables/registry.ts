import type { ViewBuilder } from './registry-types.ts';
import type { TableViewId } from './types.ts';
import { budgetTotalsView } from './views/budget-totals.ts';
import { contractAssessmentsView } from './views/contract-assessments.ts';
import { contractTargetsView } from './views/contract-targets.ts';
import { contractsView } from './views/contracts.ts';
import { coreDiseasesView } from './views/core-diseases.ts';
import { disciplinesView } from './views/disciplines.ts';
import { goalsView } from './views/goals.ts';
import { grassrootsActivitiesView } from './views/grassroots-activities.ts';
import { hospitalsView } from './views/hospitals.ts';
import { milestonesView } from './views/milestones.ts';
import { qcIndicatorsView } from './views/qc-indicators.ts';
import { readinessView } from './views/readiness.ts';
import { resourceNeedsView } from './views/resource-needs.ts';
import { specialtiesView } from './views/specialties.ts';
import { talentEntriesView } from './views/talent-entries.ts';
import { technologyProjectsView } from './views/technology-projects.ts';

/**
 * Every table view, keyed by id so a new TableViewId does not compile until it has a builder; the key order
 * is the order the workbook lists its sheets.
 */
const BUILDERS = {
  hospitals: hospitalsView,
  disciplines: disciplinesView,
  specialties: specialtiesView,
  coreDiseases: coreDiseasesView,
  goals: goalsView,
  resourceNeeds: resourceNeedsView,
  budgetTotals: budgetTotalsView,
  technologyProjects: technologyProjectsView,
  talentEntries: talentEntriesView,
  grassrootsActivities: grassrootsActivitiesView,
  qcIndicators: qcIndicatorsView,
  milestones: milestonesView,
  contracts: contractsView,
  contractTargets: contractTargetsView,
  contractAssessments: contractAssessmentsView,
  readiness: readinessView,
} satisfies Record<TableViewId, ViewBuilder>;

export const VIEW_BUILDERS: readonly ViewBuilder[] = Object.values(BUILDERS);
export const TABLE_VIEW_IDS = Object.keys(BUILDERS) as TableViewId[];

export function viewBuilder(id: TableViewId): ViewBuilder {
  const builder = (BUILDERS as Record<string, ViewBuilder | undefined>)[id];
  if (!builder || builder.id !== id) throw new RangeError(`没有名为「${id}」的表格`);
  return builder;
}
