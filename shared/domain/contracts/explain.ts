import { capText, plainNumber, withUnit } from './fields.ts';
import type { TargetScore } from './scoring.ts';
import { SCORING_RULE_LABELS, tierLabel } from './target.ts';

/**
 * The Chinese sentence behind a target's score, written so an assessor can redo the arithmetic by hand:
 * '实际 82.0% ÷ 目标 85.0% × 权重 10 = 9.65'. Only formats numbers the scorer already computed.
 */
export function explainScore(s: TargetScore): string {
  const { target, year, goal } = s;
  const rule = target.rule;
  const unit = target.unit;
  const w = plainNumber(target.weight);
  const v = (n: number) => withUnit(n, unit);
  const pts = s.points === null ? '' : s.points.toFixed(2);
  switch (s.status) {
    case 'MISSING':
      return `${year} 年实际值未填报`;
    case 'NO_TARGET':
      if (!goal) return `未设定 ${year} 年目标，无法计分（${SCORING_RULE_LABELS[rule.kind]}需要年度目标）`;
      if (goal.kind === 'RANGE') return `${year} 年目标为区间，${SCORING_RULE_LABELS[rule.kind]}需要单一目标值`;
      return `监测指标的 ${year} 年目标应为区间（下限–上限）`;
    case 'PENDING_QUALITATIVE': {
      const q = s.qualitative;
      if (!q) return `待考核人评分（0–${w} 分，须写明理由）`;
      if (!(q.points >= 0 && q.points <= target.weight)) return `定性评分 ${plainNumber(q.points)} 分超出 0–${w} 分范围，暂不计分`;
      return `定性评分 ${plainNumber(q.points)} 分未写明理由，暂不计分`;
    }
    case 'VETO_CLEAR':
      return `实际 ${v(s.measured)}，未触发一票否决`;
    case 'VETOED':
      return `发生 ${v(s.measured)}，触发一票否决：${year} 年度考核不合格`;
    case 'SCORED':
      break;
  }
  if (rule.kind === 'QUALITATIVE') return `定性评分 ${plainNumber(s.points!)} 分（满分 ${w}）：${s.qualitative!.reason.trim()}`;
  const actual = s.actual!.value;
  if (rule.kind === 'THRESHOLD') {
    const met = s.share === 1;
    if (goal!.kind === 'RANGE') {
      const range = `${v(goal!.min)}–${v(goal!.max)}`;
      return met ? `实际 ${v(actual)} 在目标区间 ${range} 内，达标得 ${w} 分` : `实际 ${v(actual)} 不在目标区间 ${range} 内，得 0 分`;
    }
    const up = target.direction === 'UP';
    const op = met ? (up ? '≥' : '≤') : up ? '<' : '>';
    return `实际 ${v(actual)} ${op} 目标 ${v(goal!.value)}，${met ? `达标得 ${w} 分` : '未达标得 0 分'}`;
  }
  const g = goal?.kind === 'VALUE' ? goal.value : NaN;
  if (rule.kind === 'PROPORTIONAL') {
    const cap = capText(rule.cap);
    if (s.measured === Infinity) return `实际 ${v(actual)}，优于目标 ${v(g)}，按封顶 ${cap} × 权重 ${w} = ${pts}`;
    if (target.direction === 'UP' && g <= 0) return `目标为 ${v(g)}，无法计算比例，实际 ${v(actual)}，未达标得 0 分`;
    const division = target.direction === 'DOWN' ? `目标 ${v(g)} ÷ 实际 ${v(actual)}` : `实际 ${v(actual)} ÷ 目标 ${v(g)}`;
    if (s.measured > rule.cap) return `${division} = ${ratio(s.measured)}，封顶 ${cap} × 权重 ${w} = ${pts}`;
    return `${division} × 权重 ${w} = ${pts}`;
  }
  if (rule.kind !== 'TIERED') return ''; // VETO never reaches SCORED
  const share = `${plainNumber(s.share * 100)}%`;
  const suffix = unit === '%' || unit === '' ? unit : ` ${unit}`;
  const band = (pct: boolean) => (s.tier ? `落在「${tierLabel(s.tier, pct ? '%' : suffix)}」档：权重 ${w} × ${share} = ${pts}` : '不在任何档位，得 0 分');
  if (rule.basis === 'VALUE') return `实际 ${v(actual)}${band(false)}`;
  if (s.measured === Infinity) return `实际 ${v(actual)}，优于任何目标，${band(true)}`;
  const division = target.direction === 'DOWN' ? `目标 ${v(g)} ÷ 实际 ${v(actual)}` : `实际 ${v(actual)} ÷ 目标 ${v(g)}`;
  return `完成率 ${plainNumber(Math.round(s.measured * 10) / 10)}%（${division}）${band(true)}`;
}

const ratio = (r: number) => plainNumber(Math.round(r * 1000) / 1000);
