import { useCallback, useRef, useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Tag } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { PLAN_SECTIONS, PLAN_STATUS_LABELS, type Plan, type PlanBlock, type PlanSectionKey, type PlanSections, type PlanStatus } from '#shared/domain/index.ts';
import { PlanStateError, RecordValidationError, isPlanLocked } from '#renderer/db/index.ts';
import { COMMON } from '#renderer/i18n/index.ts';
import { showFormIssues } from '#renderer/ui/formErrors.ts';
import { PlanHeaderForm, type PlanHeaderValues } from './PlanHeaderForm.tsx';
import { PlanSectionCard } from './PlanSectionCard.tsx';
import { PlanWorkflow } from './PlanWorkflow.tsx';
import { sectionSaveIssues, type SectionMessages } from './sectionIssues.ts';
import { usePlanActions } from './usePlan.ts';

const headerValues = (plan: Plan): PlanHeaderValues => ({
  title: plan.title,
  docNumber: plan.docNumber,
  issuingOrgan: plan.issuingOrgan,
  issueDate: plan.issueDate ? dayjs(plan.issueDate) : null,
  period: { ...plan.period },
});

/** The form's values and the sections as one Plan record; the repository validates it with PlanSchema. */
function toPlan(plan: Plan, values: PlanHeaderValues, sections: PlanSections): Plan {
  return {
    ...plan,
    title: values.title ?? '',
    docNumber: values.docNumber ?? '',
    issuingOrgan: values.issuingOrgan ?? '',
    issueDate: values.issueDate ? values.issueDate.format('YYYY-MM-DD') : null,
    period: { startYear: values.period.startYear ?? Number.NaN, endYear: values.period.endYear ?? Number.NaN },
    sections,
  };
}

/**
 * One plan: header fields, the workflow and the five sections. Edits stay on the page until 保存 (or a workflow
 * move, which saves them with the new status in one write); a submitted plan is shown read-only.
 */
export function PlanEditor({ plan }: { plan: Plan }) {
  const { message } = App.useApp();
  const actions = usePlanActions();
  const [form] = Form.useForm<PlanHeaderValues>();
  const sections = useRef<PlanSections>(plan.sections);
  const [current, setCurrent] = useState<PlanSections>(plan.sections);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [sectionErrors, setSectionErrors] = useState<SectionMessages>({});
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [moveProblem, setMoveProblem] = useState<string | null>(null);
  const locked = isPlanLocked(plan);

  const onSectionChange = useCallback((section: PlanSectionKey, blocks: PlanBlock[]) => {
    sections.current = { ...sections.current, [section]: blocks };
    setCurrent(sections.current);
    setDirty(true);
  }, []);

  /** Runs a write; validation problems go to their fields and sections, workflow refusals to the alert. */
  const write = async (run: (draft: Plan) => Promise<Plan>, done: string) => {
    setBusy(true);
    setSectionErrors({});
    setUnplaced([]);
    setMoveProblem(null);
    try {
      await form.validateFields().catch(() => {
        throw new PlanStateError('请先按提示修改规划的基本信息');
      });
      await run(toPlan(plan, form.getFieldsValue(true) as PlanHeaderValues, sections.current));
      setDirty(false);
      void message.success(done);
    } catch (error) {
      if (error instanceof RecordValidationError) {
        setSectionErrors(sectionSaveIssues(error.issues, sections.current));
        setUnplaced(showFormIssues(form, error.issues.filter((i) => !i.field.startsWith('sections.'))));
        void message.error(COMMON.notSaved);
      } else if (error instanceof PlanStateError) {
        setMoveProblem(error.message);
        void message.error(error.message);
      } else throw error;
    } finally {
      setBusy(false);
    }
  };

  const save = () => void write(actions.save, '已保存规划');
  const move = (to: PlanStatus) => void write((draft) => actions.move(draft, to), `规划已改为「${PLAN_STATUS_LABELS[to]}」`);

  return (
    <Flex vertical gap={16}>
      <Card
        size="small"
        title="基本信息与流程"
        extra={
          !locked && (
            <Flex gap={8} align="center">
              {dirty && <Tag color="warning" data-testid="plan-dirty">有未保存的修改</Tag>}
              <Button type="primary" icon={<SaveOutlined />} loading={busy} onClick={save} data-testid="plan-save">
                保存规划
              </Button>
            </Flex>
          )
        }
      >
        <PlanWorkflow status={plan.status} problem={moveProblem} busy={busy} onMove={move} />
        <div style={{ marginTop: 16 }}>
          <PlanHeaderForm form={form} initialValues={headerValues(plan)} readOnly={locked} onChange={() => setDirty(true)} />
        </div>
        {unplaced.length > 0 && <Alert type="error" showIcon title={unplaced.join('；')} />}
      </Card>
      {PLAN_SECTIONS.map((section, index) => (
        <PlanSectionCard
          key={section}
          section={section}
          index={index}
          initial={plan.sections[section]}
          current={current[section]}
          errors={sectionErrors[section]}
          readOnly={locked}
          onChange={onSectionChange}
        />
      ))}
    </Flex>
  );
}
