import type { FactorAssessment } from '#shared/domain/index.ts';
import { scoreLabel } from './categories.ts';

// Darker teal for a stronger score, so a column of scores reads like a heat strip at a glance.
const SHADES = ['#f0f0f0', '#e6f4f1', '#c5e6e0', '#8fcfc4', '#3fa69a', '#0f6e6e'];

/** One factor score in a table cell: the digit in a tinted square, the Chinese label and evidence on hover. */
export function ScoreCell({ assessment }: { assessment: FactorAssessment }) {
  const { score, evidence } = assessment;
  const tip = score === null ? '未评' : `${score} · ${scoreLabel(score)}${evidence ? `：${evidence}` : ''}`;
  return (
    // A native title, not antd's Tooltip: four of these per row re-render on every search keystroke.
    <span
      title={tip}
      aria-label={scoreLabel(score)}
      style={{
        display: 'inline-block',
        minWidth: 24,
        padding: '0 6px',
        borderRadius: 4,
        textAlign: 'center',
        fontVariantNumeric: 'tabular-nums',
        background: SHADES[score ?? 0],
        color: (score ?? 0) >= 4 ? '#fff' : '#595959',
      }}
    >
      {score ?? '—'}
    </span>
  );
}
