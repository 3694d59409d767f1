import { ActualIndex, DEFAULT_GRADES, assessContract, assessmentYears, signedVersions, versionForYear, type ContractAssessment, type DirectorContract } from '../../../domain/index.ts';
import { NOT_REPORTED, YES_NO, column, enumCol, textCol, yesNo } from '../cells.ts';
import type { ViewBuilder } from '../registry-types.ts';
import { contractsInOrder, targetsByContract, unitName } from './contracts.ts';

/** Why a year has no grade yet, in the words of the assessment page. */
function gradeText(result: ContractAssessment): string {
  if (result.grade !== null) return result.grade;
  if (result.missing > 0) return NOT_REPORTED;
  if (result.pending > 0) return '待定性评分';
  return '缺年度目标';
}

/**
 * 年度考核: score and grade of each contract, each year by the version signed by then (versionForYear), for
 * every year of the term that has reported data (a year nobody has reported for yet is not a row of zeros). The score is shown only when the
 * year is complete or vetoed; a partial sum would read as a low score, so the cell says what is missing instead.
 */
export const contractAssessmentsView: ViewBuilder = {
  id: 'contractAssessments',
  title: '年度考核',
  columns: () => [
    textCol('contract', '责任书', 30),
    textCol('unit', '责任单位', 16),
    textCol('director', '科主任', 6),
    column('year', '考核年度', 'integer', 8),
    column('total', '得分', 'decimal', 6),
    textCol('grade', '等级', 8),
    enumCol('vetoed', '一票否决', YES_NO, 6),
    column('missing', '未填报指标', 'integer', 8),
    column('pending', '待定性评分', 'integer', 8),
    column('noTarget', '缺年度目标', 'integer', 8),
  ],
  rows: (ctx) => {
    const rootIds = new Set(ctx.contracts.map((c) => c.rootId));
    const actuals = ctx.tables.contractActuals.filter((a) => rootIds.has(a.contractRootId));
    const scores = ctx.tables.contractQualitativeScores.filter((q) => rootIds.has(q.contractRootId));
    const index = new ActualIndex(actuals);
    const targets = targetsByContract(ctx);
    const scale = ctx.hospital?.gradeScale ?? DEFAULT_GRADES;
    const reportedYears = new Map<string, Set<number>>();
    for (const a of [...actuals, ...scores]) {
      const set = reportedYears.get(a.contractRootId) ?? new Set<number>();
      reportedYears.set(a.contractRootId, set.add(a.year));
    }
    const lineages = new Map<string, DirectorContract[]>();
    for (const c of contractsInOrder(ctx)) lineages.set(c.rootId, [...(lineages.get(c.rootId) ?? []), c]);
    const rows = [];
    for (const versions of lineages.values()) {
      const signed = signedVersions(versions);
      const latest = signed.at(-1);
      if (!latest) continue;
      const years = reportedYears.get(latest.rootId) ?? new Set<number>();
      for (const year of assessmentYears(latest)) {
        if (!years.has(year)) continue;
        const contract = versionForYear(signed, year)!;
        const lines = targets.get(contract.id) ?? [];
        const result = assessContract(contract, lines, index, year, scale, scores);
        rows.push({
          contract: contract.title,
          unit: unitName(ctx, contract.unit),
          director: contract.director.name,
          year,
          total: result.complete || result.vetoed ? result.total : gradeText(result),
          grade: gradeText(result),
          vetoed: yesNo(result.vetoed),
          missing: result.missing,
          pending: result.pending,
          noTarget: result.noTarget,
        });
      }
    }
    return rows;
  },
};
