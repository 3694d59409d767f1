import { useMemo } from 'react';
import {
  assessContract,
  latestReportedYear,
  signedVersions,
  versionForYear,
  weightTotal,
  type Actual,
  type ContractTarget,
  type ContractVersion,
  type DirectorContract,
  type GradeScale,
  type QualitativeScore,
} from '#shared/domain/index.ts';
import {
  amendContract,
  createContract,
  deleteContractTarget,
  removeGoalsOutsideTerm,
  deleteDraftContract,
  listAssessmentData,
  listContractTargets,
  listContracts,
  listContractUnits,
  moveContract,
  readLineage,
  saveActual,
  saveContractDraft,
  saveContractTargets,
  patchContractTarget,
  saveQualitativeScore,
  useDatabase,
  useLive,
  type Draft,
  type TransitionInput,
} from '#renderer/db/index.ts';
import { compareText } from '#renderer/i18n/collate.ts';

export interface ContractUnits {
  options: { label: string; options: { value: string; label: string; kind: 'DISCIPLINE' | 'SPECIALTY' }[] }[];
  names: Map<string, string>;
}

/** Disciplines and specialties of the hospital, as grouped Select options and a name lookup. */
export function useContractUnits(hospitalId: string | null): ContractUnits | undefined {
  const units = useLive((db) => (hospitalId ? listContractUnits(db, hospitalId) : Promise.resolve(undefined)), [hospitalId]);
  return useMemo(() => {
    if (!units) return undefined;
    const sort = (a: { name: string }, b: { name: string }) => compareText(a.name, b.name);
    const group = (label: string, kind: 'DISCIPLINE' | 'SPECIALTY', list: { id: string; name: string }[]) => ({
      label,
      options: [...list].sort(sort).map((u) => ({ value: u.id, label: u.name, kind })),
    });
    const options = [group('学科', 'DISCIPLINE', units.disciplines)];
    if (units.specialties.length > 0) options.push(group('临床专科', 'SPECIALTY', units.specialties));
    return { options, names: new Map([...units.disciplines, ...units.specialties].map((u) => [u.id, u.name])) };
  }, [units]);
}

/** A list row: the newest version of one contract lineage, with what the list shows about it. */
export interface ContractRow {
  latest: DirectorContract;
  unitName: string;
  weight: number;
  /** Grade of the latest year with data, of the version in force; '未完成' while that year is incomplete. */
  lastGrade: { year: number; grade: string; total: number } | null;
}

function lastGrade(signed: DirectorContract[], linesOf: (id: string) => ContractTarget[], actuals: Actual[], scores: QualitativeScore[], scale: GradeScale) {
  const latest = signed.at(-1);
  const year = latest && latestReportedYear(latest, actuals);
  if (year === undefined) return null;
  const contract = versionForYear(signed, year)!;
  const result = assessContract(contract, linesOf(contract.id), actuals, year, scale, scores);
  return { year, grade: result.grade ?? '未完成', total: result.total };
}

export function useContractRows(hospitalId: string | null, units: ContractUnits | undefined, scale: GradeScale): ContractRow[] | undefined {
  const data = useLive(
    async (db) => {
      if (!hospitalId) return undefined;
      const all = await listContracts(db, hospitalId);
      const lines = await listContractTargets(db, all.map((c) => c.id));
      const assessment = await listAssessmentData(db, [...new Set(all.map((c) => c.rootId))]);
      return { all, lines, ...assessment };
    },
    [hospitalId],
  );
  return useMemo(() => {
    if (!data || !units) return undefined;
    const byRoot = new Map<string, DirectorContract[]>();
    for (const c of data.all) byRoot.set(c.rootId, [...(byRoot.get(c.rootId) ?? []), c]);
    const linesOf = (id: string | undefined) => data.lines.filter((t) => t.contractId === id);
    return [...byRoot.values()].map((versions) => {
      const latest = versions.reduce((a, b) => (b.versionNo > a.versionNo ? b : a));
      const rootActuals = data.actuals.filter((a) => a.contractRootId === latest.rootId);
      const rootScores = data.qualitative.filter((q) => q.contractRootId === latest.rootId);
      return {
        latest,
        unitName: units.names.get(latest.unit.id) ?? '（已删除的单位）',
        weight: weightTotal(linesOf(latest.id)),
        lastGrade: lastGrade(signedVersions(versions), linesOf, rootActuals, rootScores, scale),
      };
    });
  }, [data, units, scale]);
}

/** The lineage's versions that were ever signed (signedVersions), oldest first, with their targets. */
export function signedLineage(versions: readonly ContractVersion[]): ContractVersion[] {
  return signedVersions(versions.map((v) => v.contract)).map((c) => versions.find((v) => v.contract.id === c.id)!);
}

/** Of the signed versions (oldest first), the one a year is scored against, with its targets. */
export function versionOfYear(versions: readonly ContractVersion[], year: number): ContractVersion {
  const contract = versionForYear(versions.map((v) => v.contract), year)!;
  return versions.find((v) => v.contract.id === contract.id)!;
}

/** Every version of one contract with its targets, actuals and qualitative scores; undefined while loading. */
export function useLineage(rootId: string) {
  return useLive((db) => readLineage(db, rootId), [rootId]);
}

/** Every write the contract screens make, through the repository (zod validation and the signed-version lock). */
export function useContractActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      create: (contract: DirectorContract, lines: ContractTarget[]) => createContract(db, contract, lines),
      saveDraft: (contract: DirectorContract) => saveContractDraft(db, contract),
      saveTargets: (contractId: string, lines: Draft<'contractTargets'>[]) => saveContractTargets(db, contractId, lines),
      patchTarget: (contractId: string, targetId: string, patch: (t: ContractTarget) => Partial<ContractTarget>) =>
        patchContractTarget(db, contractId, targetId, patch),
      deleteTarget: (contractId: string, targetId: string) => deleteContractTarget(db, contractId, targetId),
      removeGoalsOutsideTerm: (contractId: string) => removeGoalsOutsideTerm(db, contractId),
      move: (contractId: string, input: TransitionInput) => moveContract(db, contractId, input),
      amend: (contractId: string, by: string, note: string) => amendContract(db, contractId, by, note),
      remove: (contractId: string) => deleteDraftContract(db, contractId),
      saveActual: (draft: Draft<'contractActuals'>) => saveActual(db, draft),
      saveQualitative: (draft: Draft<'contractQualitativeScores'>) => saveQualitativeScore(db, draft),
    }),
    [db],
  );
}
