import { Descriptions, Tag } from 'antd';
import { SPECIALTY_TYPE_LABELS, diseaseAreaName, hasQcOfficer } from '#shared/domain/index.ts';
import type { SpecialtyDetail } from '#renderer/db/index.ts';
import { TYPE_COLORS } from './labels.ts';

/** The specialty at a glance: type, area, its 1+N group and the people responsible. */
export function SpecialtySummary({ detail }: { detail: SpecialtyDetail }) {
  const { specialty: s, disciplines, periods } = detail;
  const names = new Map(disciplines.map((d) => [d.id, d.name]));
  const name = (id: string) => names.get(id) ?? '（学科不存在）';
  return (
    <Descriptions
      size="small"
      bordered
      column={4}
      style={{ marginBottom: 16 }}
      data-testid="specialty-summary"
      items={[
        { key: 'type', label: '专科类型', children: <Tag color={TYPE_COLORS[s.type]}>{SPECIALTY_TYPE_LABELS[s.type]}</Tag> },
        { key: 'area', label: '重大疾病领域', children: diseaseAreaName(s) },
        { key: 'head', label: '专科负责人', children: s.headName || <Tag color="orange">未填写</Tag> },
        {
          key: 'qc',
          label: '质控专员',
          children: hasQcOfficer(s) ? s.qcOfficer : <Tag color="warning">未设置</Tag>,
        },
        { key: 'lead', label: '牵头学科（1）', children: name(s.leadDisciplineId) },
        {
          key: 'n',
          label: `参与学科（N = ${s.participantDisciplineIds.length}）`,
          span: 2,
          children: s.participantDisciplineIds.length > 0 ? s.participantDisciplineIds.map((id) => <Tag key={id}>{name(id)}</Tag>) : <Tag color="red">尚无参与学科</Tag>,
        },
        { key: 'period', label: '规划期', children: periods.map((p) => `${p.startYear}–${p.endYear} 年`).join('、') || '尚未制定规划' },
      ]}
    />
  );
}
