import { Alert, Button, Flex, Steps, Tag, Typography } from 'antd';
import { PLAN_STATUSES, PLAN_STATUS_LABELS, PLAN_TRANSITIONS, type PlanStatus } from '#shared/domain/index.ts';
import { PLAN_MOVE_LABELS, PLAN_STATUS_COLORS } from './labels.ts';

interface PlanWorkflowProps {
  status: PlanStatus;
  /** Why the last move was refused, in Chinese (planTransitionProblem or the field errors). */
  problem: string | null;
  busy: boolean;
  onMove: (to: PlanStatus) => void;
}

const FORWARD: PlanStatus[] = [...PLAN_STATUSES];

/** 草稿 → 院内审议 → 已批准 → 已报送, with a button per move the current status allows. */
export function PlanWorkflow({ status, problem, busy, onMove }: PlanWorkflowProps) {
  const moves = PLAN_TRANSITIONS[status];
  return (
    <Flex vertical gap={8}>
      <Flex gap={16} align="center" wrap>
        <Tag color={PLAN_STATUS_COLORS[status]} data-testid="plan-status" style={{ fontSize: 14, padding: '2px 10px' }}>
          {PLAN_STATUS_LABELS[status]}
        </Tag>
        <Steps
          size="small"
          style={{ flex: '1 1 420px', maxWidth: 560 }}
          current={FORWARD.indexOf(status)}
          items={FORWARD.map((s) => ({ title: PLAN_STATUS_LABELS[s] }))}
        />
        <Flex gap={8}>
          {moves.map((to) => (
            <Button
              key={to}
              type={to === 'DRAFT' ? 'default' : 'primary'}
              loading={busy}
              onClick={() => onMove(to)}
              data-testid={`plan-move-${to}`}
            >
              {PLAN_MOVE_LABELS[status][to]}
            </Button>
          ))}
        </Flex>
      </Flex>
      {status === 'SUBMITTED' && (
        <Typography.Text type="secondary" data-testid="plan-locked">
          规划已报送，全文只读；如需调整请起草新的规划。
        </Typography.Text>
      )}
      {problem && <Alert type="error" showIcon data-testid="plan-workflow-problem" title={problem} />}
    </Flex>
  );
}
