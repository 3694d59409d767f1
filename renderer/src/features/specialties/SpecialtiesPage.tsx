import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Flex, Segmented, Select, Skeleton, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { SPECIALTY_TYPE_LABELS, type ClinicalSpecialty, type DiseaseArea, type SpecialtyType } from '#shared/domain/index.ts';
import { useCurrentHospital } from '#renderer/features/hospital/useHospitals.ts';
import { EmptyDatabase } from '#renderer/ui/EmptyDatabase.tsx';
import { PageHeader } from '#renderer/ui/PageHeader.tsx';
import { useDeleteSpecialty } from './DeleteSpecialty.tsx';
import { AREA_OPTIONS, formatAmount } from './labels.ts';
import { SpecialtyForm } from './SpecialtyForm.tsx';
import { SpecialtyTable } from './SpecialtyTable.tsx';
import { useSpecialtyBoard, useSpecialtyRows, type SpecialtyRow } from './useSpecialties.ts';

type TypeFilter = SpecialtyType | 'ALL';
/** Drawer state: closed, creating, or editing one specialty. */
type Editing = { specialty: ClinicalSpecialty | undefined } | null;

/** 临床专科 (四.4、四.6): the hospital's specialties built on "1+N" discipline groups. */
export function SpecialtiesPage() {
  const navigate = useNavigate();
  const hospital = useCurrentHospital();
  const board = useSpecialtyBoard(hospital?.id ?? null);
  const rows = useSpecialtyRows(board);
  const [type, setType] = useState<TypeFilter>('ALL');
  const [area, setArea] = useState<DiseaseArea | 'ALL'>('ALL');
  const [editing, setEditing] = useState<Editing>(null);
  const confirmDelete = useDeleteSpecialty();

  const visible = useMemo(
    () => (rows ?? []).filter((r) => (type === 'ALL' || r.specialty.type === type) && (area === 'ALL' || r.specialty.diseaseArea === area)),
    [rows, type, area],
  );
  const edit = useCallback((row: SpecialtyRow) => setEditing({ specialty: row.specialty }), []);
  const remove = useCallback((row: SpecialtyRow) => confirmDelete(row.specialty), [confirmDelete]);

  if (hospital === null) {
    return (
      <>
        <PageHeader title="临床专科" article="四.4、四.6" />
        <EmptyDatabase />
      </>
    );
  }
  if (!hospital || !board || !rows) return <Skeleton active />;

  const count = (t: SpecialtyType) => rows.filter((r) => r.specialty.type === t).length;
  const budget = visible.reduce((sum, r) => sum + r.budget, 0);
  return (
    <>
      <PageHeader
        title="临床专科"
        article="四.4、四.6"
        description="以优势学科或重点扶持学科牵头、联合若干学科组成“1+N”学科群，建设优势专科和特色专科；聚焦心脑血管疾病、恶性肿瘤、呼吸系统疾病、代谢性疾病等重大疾病。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ specialty: undefined })} data-testid="specialty-add">
            新建专科
          </Button>
        }
      />
      <Card size="small">
        <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
          <Segmented<TypeFilter>
            data-testid="specialty-type-filter"
            value={type}
            onChange={setType}
            options={[
              { value: 'ALL', label: `全部 ${rows.length}` },
              { value: 'ADVANTAGE', label: `${SPECIALTY_TYPE_LABELS.ADVANTAGE} ${count('ADVANTAGE')}` },
              { value: 'FEATURE', label: `${SPECIALTY_TYPE_LABELS.FEATURE} ${count('FEATURE')}` },
            ]}
          />
          <Select<DiseaseArea | 'ALL'>
            aria-label="按疾病领域筛选"
            data-testid="specialty-area-filter"
            style={{ width: 180 }}
            value={area}
            onChange={setArea}
            options={[{ value: 'ALL', label: '全部疾病领域' }, ...AREA_OPTIONS]}
          />
          <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }} data-testid="specialty-count">
            显示 {visible.length} / {rows.length} 个专科 · 预算合计 {formatAmount(budget)} 万元
          </Typography.Text>
        </Flex>
        <SpecialtyTable
          rows={visible}
          onEdit={edit}
          onDelete={remove}
          emptyText={rows.length === 0 ? '尚无临床专科：点击右上角“新建专科”，从学科清单组建“1+N”学科群' : '没有符合条件的专科，请调整筛选'}
        />
      </Card>
      {editing && (
        <SpecialtyForm
          specialty={editing.specialty}
          hospitalId={hospital.id}
          specialties={board.specialties}
          disciplines={board.disciplines}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            if (!editing.specialty) void navigate(`/specialties/${encodeURIComponent(saved.id)}`);
          }}
        />
      )}
    </>
  );
}
