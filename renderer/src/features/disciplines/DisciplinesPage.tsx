import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { App, Button, Col, Row, Select, Skeleton } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { CATEGORY_LABELS, type Discipline, type DisciplineCategory } from '#shared/domain/index.ts';
import { COMMON } from '#renderer/i18n/index.ts';
import { useDisciplineFilters } from '#renderer/stores/disciplineFilters.ts';
import { EmptyDatabase } from '#renderer/ui/EmptyDatabase.tsx';
import { PageHeader } from '#renderer/ui/PageHeader.tsx';
import { DisciplineImportButton } from '#renderer/features/imports/DisciplineImport.tsx';
import { DisciplineFindings } from './DisciplineFindings.tsx';
import { DisciplineForm } from './DisciplineForm.tsx';
import { DisciplineInventory } from './DisciplineInventory.tsx';
import { DisciplineSummary } from './DisciplineSummary.tsx';
import {
  toRecord,
  useDisciplineActions,
  useDisciplineFindings,
  useDisciplineRows,
  useDisciplineScope,
  useRequestedScope,
  type DisciplineRow,
} from './useDisciplines.ts';

/** Drawer state: closed, adding to a hospital, or editing one discipline. */
type Editing = { discipline: Discipline | undefined; hospitalId: string } | null;

/** 学科梳理 (measure 3, with measure 5's checks): inventory, classification, summary and readiness findings. */
export function DisciplinesPage() {
  const { modal, message } = App.useApp();
  const requested = useRequestedScope();
  const scope = useDisciplineScope(requested);
  const rows = useDisciplineRows(requested, scope);
  const findings = useDisciplineFindings(scope, rows);
  const actions = useDisciplineActions();
  // Only the setters: the search and category filters are followed by DisciplineInventory alone.
  const setCategory = useDisciplineFilters((s) => s.setCategory);
  const setScope = useDisciplineFilters((s) => s.setScope);
  const [editing, setEditing] = useState<Editing>(null);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);

  const edit = useCallback((row: DisciplineRow) => setEditing({ discipline: toRecord(row), hospitalId: row.hospitalId }), []);

  const confirmDelete = useCallback(
    (row: DisciplineRow) => {
      // Ask what references the discipline first, so the dialog can name them.
      void actions.describeReferences(row).then(({ children, blocking }) => {
        if (blocking) {
          // Refused, not asked: a specialty's 1+N group (四.6) must be changed first, or it would point at nothing.
          modal.warning({
            title: `不能删除学科「${row.name}」`,
            content: `${blocking}。请先在临床专科中调整“1+N”学科群或人才梯队，再删除该学科。`,
            okText: COMMON.confirm,
          });
          return;
        }
        modal.confirm({
          title: children ? `删除学科「${row.name}」？` : `确定删除学科「${row.name}」？`,
          content: children ?? '删除后不可恢复（可先在 设置 中导出备份）。',
          okText: '删除',
          okButtonProps: { danger: true },
          cancelText: COMMON.cancel,
          onOk: async () => {
            await actions.remove(row.id);
            setSelectedIds((ids) => ids.filter((id) => id !== row.id));
            void message.success(`已删除学科「${row.name}」`);
          },
        });
      });
    },
    [actions, modal, message],
  );

  const changeCategory = useCallback(
    (row: DisciplineRow, category: DisciplineCategory) => {
      void actions.setCategory(row, category).then(
        () => message.success(`「${row.name}」已设为${CATEGORY_LABELS[category]}`),
        (error: unknown) => message.error(`未保存：${String(error)}`),
      );
    },
    [actions, message],
  );

  const byId = useMemo(() => new Map((rows ?? []).map((r) => [r.id, r])), [rows]);
  const hospitalOptions = useMemo(
    () => [
      { value: 'ALL', label: COMMON.allHospitals, title: COMMON.allHospitals },
      ...(scope?.hospitals ?? []).map((h) => ({ value: h.id, label: h.name, title: h.name })),
    ],
    [scope?.hospitals],
  );

  const openById = useCallback(
    (id: string) => {
      const row = byId.get(id);
      if (row) edit(row);
    },
    [byId, edit],
  );
  const hospitalNames = useMemo(() => new Map((scope?.hospitals ?? []).map((h) => [h.id, h.name])), [scope?.hospitals]);

  // `?open=<id>` (the readiness panel's 打开 link) opens that discipline's form once its row has loaded; the
  // parameter is then dropped so closing the drawer does not reopen it.
  const [params, setParams] = useSearchParams();
  const openParam = params.get('open');
  useEffect(() => {
    if (!openParam || !rows) return;
    openById(openParam);
    setParams((p) => (p.delete('open'), p), { replace: true });
  }, [openParam, rows, openById, setParams]);

  if (!scope || !rows) return <Skeleton active />;
  if (scope.hospitals.length === 0) {
    return (
      <>
        <PageHeader title="学科梳理" article="四.3、四.5" />
        <EmptyDatabase />
      </>
    );
  }

  const multi = scope.hospitals.length > 1;
  const target = scope.targetHospitalId;
  const applyBulk = async (category: DisciplineCategory) => {
    await actions.reclassify(selectedIds, category);
    void message.success(`已将 ${selectedIds.length} 个学科设为${CATEGORY_LABELS[category]}`);
    setSelectedIds([]);
  };

  return (
    <>
      <PageHeader
        title="学科梳理"
        article="四.3、四.5"
        description="按发展水平、行业地位、人才队伍和诊疗能力四要素，结合前期学科发展规划，把每个学科划为基础、平台、优势或重点扶持学科。"
        extra={
          <>
            {multi && (
              <Select
                aria-label="按医院筛选"
                data-testid="discipline-hospital-filter"
                style={{ width: 300 }}
                showSearch={{ optionFilterProp: 'label' }}
                value={scope.hospitalId ?? 'ALL'}
                options={hospitalOptions}
                onChange={(value: string) => {
                  setSelectedIds([]);
                  setScope(value === 'ALL' ? 'ALL' : { hospitalId: value });
                }}
              />
            )}
            {target && <DisciplineImportButton hospitalId={target} hospitalName={hospitalNames.get(target) ?? ''} />}
            {target && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ discipline: undefined, hospitalId: target })}>
                新增学科
              </Button>
            )}
          </>
        }
      />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={13}>
          <DisciplineSummary rows={rows} onPickCategory={setCategory} />
        </Col>
        <Col span={11}>
          <DisciplineFindings
            findings={findings}
            height={236}
            hospitalNames={multi && scope.hospitalId === null ? hospitalNames : undefined}
            onOpenDiscipline={openById}
          />
        </Col>
      </Row>
      <DisciplineInventory
        rows={rows}
        showHospital={multi && scope.hospitalId === null}
        selectedIds={selectedIds}
        onSelect={setSelectedIds}
        onApplyBulk={applyBulk}
        onEdit={edit}
        onDelete={confirmDelete}
        onCategoryChange={changeCategory}
      />
      {editing && (
        <DisciplineForm discipline={editing.discipline} hospitalId={editing.hospitalId} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
