import { CONTRACT_STATUS_LABELS, type ContractStatus, type DirectorContract } from './contract.ts';
import { jsonCopy } from './fields.ts';
import { contractProblems } from './rules.ts';
import type { ContractTarget } from './target.ts';
import { ContractStateError } from './versioning.ts';

/**
 * 草稿 → 审核中 → 已签署 → 执行中 → 已考核, or 已终止 from any open status. Review may send a draft back;
 * nothing leaves 已考核 or 已终止. Changing a signed text is not a move here: it is an amendment (amend()).
 */
export const CONTRACT_TRANSITIONS: Readonly<Record<ContractStatus, readonly ContractStatus[]>> = {
  DRAFT: ['UNDER_REVIEW', 'TERMINATED'],
  UNDER_REVIEW: ['DRAFT', 'SIGNED', 'TERMINATED'],
  SIGNED: ['ACTIVE', 'TERMINATED'],
  ACTIVE: ['ASSESSED', 'TERMINATED'],
  ASSESSED: [],
  TERMINATED: [],
};

export const canTransition = (from: ContractStatus, to: ContractStatus) => CONTRACT_TRANSITIONS[from].includes(to);

/** Shown when a contract may not leave draft/review: the first problems, then how many more. */
function problemsSummary(problems: readonly { message: string }[]): string {
  const shown = problems.slice(0, 3).map((p) => p.message);
  return problems.length > 3 ? `${shown.join('；')}；等 ${problems.length} 个问题` : shown.join('；');
}

/**
 * Moves the contract to `to`, appending who and when to the status log; returns a new record and never
 * touches the input. Submitting for review and signing require a contract without problems (weights = 100,
 * baselines, a target for each year …); signing also requires both signatures.
 */
export function transitionContract(
  contract: DirectorContract,
  targets: readonly ContractTarget[],
  to: ContractStatus,
  by: string,
  at: string,
  note = '',
): DirectorContract {
  const from = contract.status;
  if (!canTransition(from, to)) {
    const allowed = CONTRACT_TRANSITIONS[from].map((s) => `「${CONTRACT_STATUS_LABELS[s]}」`).join('、');
    throw new ContractStateError(
      `责任书不能从「${CONTRACT_STATUS_LABELS[from]}」变为「${CONTRACT_STATUS_LABELS[to]}」${allowed ? `；可变为${allowed}` : '；该状态已结束'}`,
    );
  }
  if (to === 'UNDER_REVIEW' || to === 'SIGNED') {
    const own = targets.filter((t) => t.contractId === contract.id);
    const problems = contractProblems(contract, own);
    if (problems.length > 0) {
      const action = to === 'SIGNED' ? '签署' : '提交审核';
      throw new ContractStateError(`责任书不能${action}：${problemsSummary(problems)}`);
    }
  }
  if (to === 'SIGNED') {
    const missing = [contract.signatures.hospital ? null : '院方', contract.signatures.director ? null : '科主任'].filter((s) => s !== null);
    if (missing.length > 0) throw new ContractStateError(`责任书不能签署：缺少${missing.join('、')}签字（签署人与日期）`);
  }
  if (to === 'TERMINATED' && note.trim() === '') {
    // Ending a contract early is a decision someone must be able to explain later.
    throw new ContractStateError('终止责任书须填写终止原因');
  }
  const copy = jsonCopy(contract);
  return {
    ...copy,
    status: to,
    statusLog: [...copy.statusLog, { from, to, by, at, note }],
    updatedAt: at,
    version: contract.version + 1,
  };
}
