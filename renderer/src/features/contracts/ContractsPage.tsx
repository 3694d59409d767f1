import { useCallback, useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Input, Select, Skeleton, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useContractFilters } from '#renderer/stores/contractFilters.ts';
import { useCurrentHospital, useGradeScale } from '#renderer/features/hospital/useHospitals.ts';
import { EmptyDatabase } from '#renderer/ui/EmptyDatabase.tsx';
import { PageHeader } from '#renderer/ui/PageHeader.tsx';
import { ContractTable } from './ContractTable.tsx';
import { CreateContractModal } from './CreateContractModal.tsx';
import { GradeScaleButton } from './GradeScaleModal.tsx';
import { STATUS_OPTIONS } from './labels.ts';
import { useContractRows, useContractUnits, type ContractRow } from './useContracts.ts';
import { compareText } from '#renderer/i18n/collate.ts';

const TITLE = '目标责任书';
const ARTICLE = '四.7、四.9';

/** 目标责任书 (measures 7 and 9): every director contract of the current hospital, newest version of each. */
export function ContractsPage() {
  const navigate = useNavigate();
  const hospital = useCurrentHospital();
  const units = useContractUnits(hospital?.id ?? null);
  const scale = useGradeScale(hospital?.id);
  const rows = useContractRows(hospital?.id ?? null, units, scale);
  const filters = useContractFilters();
  const [creating, setCreating] = useState(false);

  const open = useCallback((row: ContractRow) => void navigate(`/contracts/${row.latest.rootId}`), [navigate]);

  const visible = useMemo(() => {
    const me = filters.operator.trim();
    return (rows ?? [])
      .filter((r) => filters.status === 'ALL' || r.latest.status === filters.status)
      .filter((r) => filters.unitId === 'ALL' || r.latest.unit.id === filters.unitId)
      // A director sees their own contracts first, then the list reads by unit.
      .sort((a, b) => Number(b.latest.director.name === me) - Number(a.latest.director.name === me) || compareText(a.unitName, b.unitName));
  }, [rows, filters.status, filters.unitId, filters.operator]);

  if (hospital === undefined || (hospital && (!units || !rows))) return <Skeleton active />;
  if (hospital === null || !units || !rows) {
    return (
      <>
        <PageHeader title={TITLE} article={ARTICLE} />
        <EmptyDatabase />
      </>
    );
  }

  const usedUnits = new Set(rows.map((r) => r.latest.unit.id));
  const unitOptions = [{ value: 'ALL', label: '全部单位' }, ...rows.filter((r, i, all) => all.findIndex((x) => x.latest.unit.id === r.latest.unit.id) === i).map((r) => ({ value: r.latest.unit.id, label: r.unitName }))];
  const createButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="contract-new">
      新建责任书
    </Button>
  );

  return (
    <>
      <PageHeader
        title={TITLE}
        article={ARTICLE}
        description="科主任、专科主任任期目标责任制：明确责任、权利和义务，设定任期及年度考核指标，签署后按年度考核。"
        extra={
          <>
            <Input
              style={{ width: 200 }}
              prefix={<Typography.Text type="secondary">当前用户</Typography.Text>}
              placeholder="您的姓名"
              aria-label="当前用户"
              value={filters.operator}
              onChange={(e) => filters.setOperator(e.target.value)}
            />
            <GradeScaleButton hospitalId={hospital.id} scale={scale} />
            {createButton}
          </>
        }
      />
      <Card size="small">
        {rows.length === 0 ? (
          <Empty description={`${hospital.name} 尚无目标责任书：从模板新建第一份，预置常用考核指标和条款`} data-testid="contracts-empty">
            {createButton}
          </Empty>
        ) : (
          <>
            <Flex gap={12} align="center" style={{ marginBottom: 12 }}>
              <Select
                aria-label="按状态筛选"
                style={{ width: 160 }}
                value={filters.status}
                options={[{ value: 'ALL', label: '全部状态' }, ...STATUS_OPTIONS]}
                onChange={filters.setStatus}
                data-testid="contract-status-filter"
              />
              <Select
                aria-label="按责任单位筛选"
                style={{ width: 220 }}
                showSearch={{ optionFilterProp: 'label' }}
                value={usedUnits.has(filters.unitId) ? filters.unitId : 'ALL'}
                options={unitOptions}
                onChange={filters.setUnitId}
              />
              <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }} data-testid="contract-count">
                显示 {visible.length} / {rows.length} 份责任书
              </Typography.Text>
            </Flex>
            <ContractTable rows={visible} onOpen={open} scale={scale} emptyText="没有符合条件的责任书，请调整筛选" />
          </>
        )}
      </Card>
      {creating && (
        <CreateContractModal
          hospitalId={hospital.id}
          units={units}
          onClose={() => setCreating(false)}
          onCreated={(rootId) => void navigate(`/contracts/${rootId}`)}
        />
      )}
    </>
  );
}
