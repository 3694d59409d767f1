import {
  amend,
  createDraftContract,
  findContractTemplate,
  instantiateTemplate,
  transitionContract,
  type Actual,
  type ContractStatus,
  type ContractTarget,
  type DirectorContract,
  type QualitativeScore,
  type SelectionMode,
  type TemplateId,
} from '../domain/index.ts';
import { actualRow, actualValue, fillTargets } from './contract-kpis.ts';
import type { Random } from './random.ts';

export interface ContractRows {
  contracts: DirectorContract[];
  contractTargets: ContractTarget[];
  contractActuals: Actual[];
  contractQualitativeScores: QualitativeScore[];
}

export const emptyContractRows = (): ContractRows => ({ contracts: [], contractTargets: [], contractActuals: [], contractQualitativeScores: [] });

export interface ContractSpec {
  hospitalId: string;
  /** The 院长 who signs for the hospital. */
  president: string;
  /** Who moves the contract through the workflow (医务部 staff). */
  clerk: string;
  unit: { kind: 'DISCIPLINE' | 'SPECIALTY'; id: string; name: string };
  director: string;
  template: TemplateId;
  selectionMode: SelectionMode;
  first: number;
  last: number;
  status: ContractStatus;
  /** For TERMINATED: the status it ends from, when and why (transitionContract requires a reason). */
  terminated?: { from: 'DRAFT' | 'UNDER_REVIEW' | 'ACTIVE'; date: string; note: string };
  /** Years with measured values (none beyond 2025: the sample is seen from late 2026). */
  actualYears: readonly number[];
  /** Chance that one line's value of a year is not entered yet (未填报). */
  missingRate: number;
  /** Score the qualitative line for each actual year, with the assessor's reason. */
  qualitative: boolean;
  /** A 补充协议 once active: version 2 moves `shift` points of weight from the first line to the second. */
  amendment?: { date: string; note: string; shift: number };
  /** The deliberate edge case: the first line's weight lowered so the weights sum to 100 − gap. */
  weightGap?: number;
}

const stamp = (date: string) => `${date}T08:00:00.000Z`;

function signed(c: DirectorContract, president: string, director: string, date: string): DirectorContract {
  return { ...c, signatures: { hospital: { name: president, date }, director: { name: director, date } } };
}

/** The statuses a contract passes through to reach `status`, each with its date. */
function path(spec: ContractSpec): [ContractStatus, string, string][] {
  const review: [ContractStatus, string, string] = ['UNDER_REVIEW', `${spec.first - 1}-10-15`, '提交医务部审核'];
  const sign: [ContractStatus, string, string] = ['SIGNED', `${spec.first - 1}-11-15`, '院长办公会审议通过'];
  const active: [ContractStatus, string, string] = ['ACTIVE', `${spec.first}-01-02`, '任期开始'];
  switch (spec.status) {
    case 'DRAFT':
      return [];
    case 'UNDER_REVIEW':
      return [review];
    case 'SIGNED':
      return [review, sign];
    case 'ACTIVE':
      return [review, sign, active];
    case 'ASSESSED':
      return [review, sign, active, ['ASSESSED', `${spec.last + 1}-03-20`, '任期考核完成']];
    case 'TERMINATED': {
      const t = spec.terminated ?? { from: 'ACTIVE', date: `${spec.first + 1}-06-30`, note: '科主任岗位调整' };
      const before = t.from === 'DRAFT' ? [] : t.from === 'UNDER_REVIEW' ? [review] : [review, sign, active];
      return [...before, ['TERMINATED', t.date, t.note]];
    }
  }
}

function move(c: DirectorContract, targets: readonly ContractTarget[], steps: [ContractStatus, string, string][], spec: ContractSpec): DirectorContract {
  let current = c;
  for (const [to, date, note] of steps) {
    if (to === 'SIGNED') current = signed(current, spec.president, spec.director, date);
    current = transitionContract(current, targets, to, spec.clerk, stamp(date), note);
  }
  return current;
}

/** One director contract with its targets, measured values and scores, built through the domain's own workflow. */
export function buildContract(random: Random, spec: ContractSpec, into: ContractRows): DirectorContract {
  const template = findContractTemplate(spec.template);
  const id = random.uuid();
  const created = stamp(`${spec.first - 1}-09-10`);
  const term = { start: `${spec.first}-01-01`, end: `${spec.last}-12-31` };
  const period = `${spec.first}—${spec.last}年`;
  const draft = createDraftContract({
    id, hospitalId: spec.hospitalId, title: `${spec.unit.name}主任任期目标责任书（${period}）`, hospitalSide: spec.president,
    unit: { kind: spec.unit.kind, id: spec.unit.id }, selectionMode: spec.selectionMode, term, director: { name: spec.director },
    clauses: template.clauses, by: spec.clerk, at: created,
  });
  const targets = instantiateTemplate(template, { contractId: id, term, at: created, newId: () => random.uuid() });
  fillTargets(random, targets, spec.first, spec.last);
  if (spec.weightGap) targets[0]!.weight -= spec.weightGap;

  const contract = move(draft, targets, path(spec), spec);
  into.contracts.push(contract);
  into.contractTargets.push(...targets);

  if (spec.amendment) {
    const { date, note, shift } = spec.amendment;
    const next = amend(contract, targets, spec.clerk, stamp(date), () => random.uuid(), note);
    next.targets[0]!.weight -= shift;
    next.targets[1]!.weight += shift;
    const steps: [ContractStatus, string, string][] = [['UNDER_REVIEW', date, '补充协议提交审核'], ['SIGNED', date, '补充协议签署'], ['ACTIVE', date, '补充协议生效']];
    into.contracts.push(move(next.contract, next.targets, steps, spec));
    into.contractTargets.push(...next.targets);
  }

  for (const year of spec.actualYears) {
    for (const t of targets) {
      if (t.rule.kind === 'QUALITATIVE') {
        if (!spec.qualitative) continue;
        const points = Math.round(t.weight * (0.7 + random.next() * 0.3));
        const reason = points >= t.weight * 0.9 ? '学科规划按期推进，科室管理规范，专科文化建设成效明显' : '学科规划执行基本到位，但人才梯队建设进度滞后，科研产出不足';
        into.contractQualitativeScores.push({
          id: random.uuid(), updatedAt: stamp(`${year + 1}-03-10`), version: 1, contractRootId: contract.rootId, targetKey: t.key, year, points, reason,
          assessedBy: spec.clerk, assessedAt: stamp(`${year + 1}-03-10`),
        });
        continue;
      }
      if (random.chance(spec.missingRate)) continue; // 未填报
      const value = actualValue(random, t, year);
      if (value !== null) into.contractActuals.push(actualRow(random, t, contract.rootId, year, value, spec.clerk));
    }
  }
  return contract;
}

const SURGICAL = /外科|骨科|妇产|眼科|耳鼻|口腔|泌尿|乳腺|胸外|肛肠/;

/** The template a unit of that name would use: 平台 for platform disciplines, 外科 for surgical ones. */
export function templateFor(name: string, platform: boolean): TemplateId {
  if (platform) return 'PLATFORM';
  return SURGICAL.test(name) ? 'SURGICAL' : 'GENERAL_CLINICAL';
}
