import { SELECTION_MODE_LABELS } from './contract.ts';
import { capText, plainNumber, withUnit } from './fields.ts';
import { SCORING_RULE_LABELS, tierLabel, type AnnualTarget, type ContractTarget, type ScoringRule } from './target.ts';
import type { ContractVersion } from './versioning.ts';

const goalText = (g: AnnualTarget | undefined, unit: string) =>
  g === undefined ? '未设定' : g.kind === 'VALUE' ? withUnit(g.value, unit) : `${withUnit(g.min, unit)}–${withUnit(g.max, unit)}`;

/** A rule in words, to show what an amendment changed: '比例计分（封顶 1.2）'. */
export function describeRule(rule: ScoringRule, unit = ''): string {
  if (rule.kind === 'PROPORTIONAL') return `${SCORING_RULE_LABELS.PROPORTIONAL}（封顶 ${capText(rule.cap)}）`;
  if (rule.kind === 'TIERED') {
    const suffix = rule.basis === 'ATTAINMENT' ? '%' : unit === '%' || unit === '' ? unit : ` ${unit}`;
    const tiers = rule.tiers.map((t) => `${tierLabel(t, suffix)} 得 ${plainNumber(t.share * 100)}%`).join('，');
    return `${SCORING_RULE_LABELS.TIERED}（${rule.basis === 'ATTAINMENT' ? '按完成率' : '按实际值'}：${tiers}）`;
  }
  return SCORING_RULE_LABELS[rule.kind];
}

const baselineText = (t: ContractTarget) =>
  t.baseline.year === null ? '未设定' : `${t.baseline.year} 年 ${t.baseline.value === null ? '无数据' : withUnit(t.baseline.value, t.unit)}`;

function listChanges(label: string, before: readonly string[], after: readonly string[], out: string[]): void {
  const old = new Set(before);
  const now = new Set(after);
  for (const item of after) if (!old.has(item)) out.push(`${label}新增「${item}」`);
  for (const item of before) if (!now.has(item)) out.push(`${label}删除「${item}」`);
}

function targetChanges(a: ContractTarget, b: ContractTarget, out: string[]): void {
  const name = `「${b.name}」`;
  if (a.name !== b.name) out.push(`指标「${a.name}」更名为「${b.name}」`);
  if (a.weight !== b.weight) out.push(`${name}权重 ${plainNumber(a.weight)} → ${plainNumber(b.weight)}`);
  const ruleA = describeRule(a.rule, a.unit);
  const ruleB = describeRule(b.rule, b.unit);
  if (ruleA !== ruleB) out.push(`${name}计分方式 ${ruleA} → ${ruleB}`);
  if (a.direction !== b.direction || a.unit !== b.unit) out.push(`${name}方向或单位已调整`);
  if (baselineText(a) !== baselineText(b)) out.push(`${name}基线 ${baselineText(a)} → ${baselineText(b)}`);
  const years = [...new Set([...a.annualTargets, ...b.annualTargets].map((g) => g.year))].sort((x, y) => x - y);
  for (const year of years) {
    const before = goalText(a.annualTargets.find((g) => g.year === year), a.unit);
    const after = goalText(b.annualTargets.find((g) => g.year === year), b.unit);
    if (before !== after) out.push(`${name}${year} 年目标 ${before} → ${after}`);
  }
}

/**
 * What changed from version `a` to version `b`, one Chinese line per change, for the version history:
 * contract terms first, then targets in b's order (changed or 新增), then 删除 ones in a's order.
 * Targets are matched by their line `key`, which amendments keep.
 */
export function diffVersions(a: ContractVersion, b: ContractVersion): string[] {
  const out: string[] = [];
  const ca = a.contract;
  const cb = b.contract;
  const scalar = (label: string, x: string, y: string) => {
    if (x !== y) out.push(`${label} ${x} → ${y}`);
  };
  scalar('责任书名称', ca.title, cb.title);
  scalar('院方代表', ca.hospitalSide, cb.hospitalSide);
  scalar('科主任', ca.director.name, cb.director.name);
  scalar('选拔方式', SELECTION_MODE_LABELS[ca.selectionMode], SELECTION_MODE_LABELS[cb.selectionMode]);
  scalar('任期', `${ca.term.start} 至 ${ca.term.end}`, `${cb.term.start} 至 ${cb.term.end}`);
  listChanges('职责', ca.duties, cb.duties, out);
  listChanges('权利', ca.rights, cb.rights, out);
  listChanges('义务', ca.obligations, cb.obligations, out);
  listChanges('一票否决事项', ca.vetoItems, cb.vetoItems, out);
  listChanges('奖励条款', ca.rewards, cb.rewards, out);
  listChanges('处罚条款', ca.penalties, cb.penalties, out);

  const before = new Map(a.targets.map((t) => [t.key, t]));
  const after = new Set(b.targets.map((t) => t.key));
  const ordered = [...b.targets].sort((x, y) => x.order - y.order);
  for (const t of ordered) {
    const old = before.get(t.key);
    if (old) targetChanges(old, t, out);
    else out.push(`新增指标「${t.name}」（${describeRule(t.rule, t.unit)}${t.rule.kind === 'VETO' ? '' : `，权重 ${plainNumber(t.weight)}`}）`);
  }
  for (const t of [...a.targets].sort((x, y) => x.order - y.order)) {
    if (!after.has(t.key)) out.push(`删除指标「${t.name}」${t.rule.kind === 'VETO' ? '' : `（原权重 ${plainNumber(t.weight)}）`}`);
  }
  return out;
}
