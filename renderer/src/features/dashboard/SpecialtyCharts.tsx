import { memo, useMemo } from 'react';
import { Col, Row, Typography } from 'antd';
import { SPECIALTY_TYPES, SPECIALTY_TYPE_LABELS, type SpecialtyType } from '#shared/domain/index.ts';
import { EChart } from '#renderer/ui/EChart.tsx';
import { PALETTE } from './palette.ts';

interface SpecialtyChartsProps {
  byDiseaseArea: { area: string; count: number }[];
  byType: Record<SpecialtyType, number>;
}

// Half-width cards are too narrow for labels outside the ring: counts go inside, names and counts in the legend.
const pie = (data: { name: string; value: number }[]) => {
  const counts = new Map(data.map((d) => [d.name, d.value]));
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}：{c} 个（{d}%）' },
    legend: { bottom: 0, itemGap: 8, formatter: (name: string) => `${name}  ${counts.get(name) ?? 0} 个` },
    series: [
      {
        type: 'pie',
        radius: ['30%', '58%'],
        center: ['50%', '40%'],
        label: { position: 'inside', formatter: (p: { value: number }) => (p.value > 0 ? String(p.value) : ''), color: '#fff', fontWeight: 'bold' },
        data: data.filter((d) => d.value > 0),
      },
    ],
  };
};

/** 四.4: specialties by major disease area and 四.6: 优势专科 vs 特色专科. */
export const SpecialtyCharts = memo(function SpecialtyCharts({ byDiseaseArea, byType }: SpecialtyChartsProps) {
  const areas = useMemo(() => pie(byDiseaseArea.map((a) => ({ name: a.area, value: a.count }))), [byDiseaseArea]);
  const types = useMemo(() => pie(SPECIALTY_TYPES.map((t) => ({ name: SPECIALTY_TYPE_LABELS[t], value: byType[t] }))), [byType]);
  const describe = (rows: { name: string; value: number }[]) => rows.map((r) => `${r.name} ${r.value} 个`).join('，');
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Typography.Text type="secondary">按重大疾病领域</Typography.Text>
        <EChart option={areas} height={230} testId="chart-disease-area" ariaLabel={`按疾病领域：${describe(byDiseaseArea.map((a) => ({ name: a.area, value: a.count })))}`} />
      </Col>
      <Col span={12}>
        <Typography.Text type="secondary">按专科类型</Typography.Text>
        <EChart
          option={types}
          height={230}
          testId="chart-specialty-type"
          ariaLabel={`按专科类型：${describe(SPECIALTY_TYPES.map((t) => ({ name: SPECIALTY_TYPE_LABELS[t], value: byType[t] })))}`}
        />
      </Col>
    </Row>
  );
});
