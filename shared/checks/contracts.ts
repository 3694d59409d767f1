import { contractProblems, weightProblems, type ContractTarget, type DirectorContract } from '../domain/index.ts';
import { defineRule, type Rule } from './types.ts';

const target = (c: DirectorContract, field?: string) => ({ table: 'contracts' as const, id: c.id, ...(field ? { field } : {}) });
const label = (c: DirectorContract) => `目标责任书「${c.title}」${c.versionNo > 1 ? `（第 ${c.versionNo} 版）` : ''}`;

function targetsByContract(targets: readonly ContractTarget[]): Map<string, ContractTarget[]> {
  const map = new Map<string, ContractTarget[]>();
  for (const t of targets) {
    const list = map.get(t.contractId);
    if (list) list.push(t);
    else map.set(t.contractId, [t]);
  }
  return map;
}

/** 四.9 任期目标责任制: the weights of the scored targets must add up to exactly 100 (domain.md, scoring). */
const weights = defineRule({
  id: 'CONTRACT-WEIGHTS',
  severity: 'WARNING',
  article: '四.9',
  title: '目标责任书指标权重合计不是 100',
  check(tables, report) {
    const byContract = targetsByContract(tables.contractTargets);
    for (const c of tables.contracts) {
      const sum = weightProblems(byContract.get(c.id) ?? []).find((p) => p.code === 'WEIGHT_SUM');
      if (sum) report(`${label(c)}${sum.message}`, target(c), c.hospitalId);
    }
  },
});

/** Everything else a contract can get wrong (term, baselines, yearly targets, rules), first problem named. */
const invalid = defineRule({
  id: 'CONTRACT-INVALID',
  severity: 'WARNING',
  article: '四.9',
  title: '目标责任书内容不完整或有误',
  check(tables, report) {
    const byContract = targetsByContract(tables.contractTargets);
    for (const c of tables.contracts) {
      const problems = contractProblems(c, byContract.get(c.id) ?? []).filter((p) => p.code !== 'WEIGHT_SUM');
      const first = problems[0];
      if (!first) continue;
      const more = problems.length > 1 ? `（另有 ${problems.length - 1} 处问题）` : '';
      report(`${label(c)}：${first.message}${more}`, target(c, first.field ?? undefined), c.hospitalId);
    }
  },
});

export const CONTRACT_RULES: readonly Rule[] = [weights, invalid];
