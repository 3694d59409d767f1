import { memo, useMemo } from 'react';
import { Button, Flex, Table, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { FACTOR_KEYS, FACTOR_LABELS, type DisciplineCategory, type FactorKey } from '#shared/domain/index.ts';
import { compareText, formatTime } from '#renderer/i18n/index.ts';
import { CategorySelect } from './CategorySelect.tsx';
import { CATEGORY_ORDER } from './categories.ts';
import { ScoreCell } from './ScoreCell.tsx';
import type { DisciplineRow } from './useDisciplines.ts';

interface DisciplineTableProps {
  rows: DisciplineRow[];
  showHospital: boolean;
  selectedIds: string[];
  onSelect: (ids: string[]) => void;
  onEdit: (row: DisciplineRow) => void;
  onDelete: (row: DisciplineRow) => void;
  onCategoryChange: (row: DisciplineRow, category: DisciplineCategory) => void;
  height: number;
  emptyText: string;
}

// Two-character headers keep the four score columns narrow enough for a 1440px screen; the tooltip names them.
const FACTOR_SHORT: Record<FactorKey, string> = {
  developmentLevel: '发展',
  industryStanding: '地位',
  talentTeam: '人才',
  clinicalCapability: '诊疗',
};
const FACTOR_WIDTH = 66;
const HOSPITAL_WIDTH = 180;

// Plain spans, not Typography: a cell renders on every scroll and filter, and Typography is costly per instance.
const SECONDARY = { color: 'rgba(0, 0, 0, 0.45)' };

// ISO timestamps sort as plain strings.
const byIso = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// Unscored factors sort below every score, whichever direction the user sorts.
const byScore = (a: number | null, b: number | null) => (a ?? 0) - (b ?? 0);

/**
 * The inventory table. Virtual scrolling keeps a province-scale database (~8,000 rows) as fast as one
 * hospital's 40; every column sorts on the client, filtering happens before the rows reach the table.
 * Memoized: a keystroke in the search box must not re-render the table until the filtered rows change.
 */
export const DisciplineTable = memo(function DisciplineTable(props: DisciplineTableProps) {
  const { rows, showHospital, selectedIds, onSelect, onEdit, onDelete, onCategoryChange, height, emptyText } = props;

  const columns = useMemo<TableColumnsType<DisciplineRow>>(() => {
    const hospital: TableColumnsType<DisciplineRow> = showHospital
      ? [{ title: '医院', dataIndex: 'hospitalName', width: HOSPITAL_WIDTH, ellipsis: true, sorter: (a, b) => compareText(a.hospitalName, b.hospitalName) }]
      : [];
    return [
      ...hospital,
      {
        title: '学科名称',
        dataIndex: 'name',
        width: 210,
        ellipsis: true,
        sorter: (a, b) => compareText(a.name, b.name),
        render: (_, row) => (
          <span title={row.parentName ? `${row.parentName} / ${row.name}` : row.name}>
            {row.parentName && <span style={SECONDARY}>{row.parentName} / </span>}
            <strong style={{ fontWeight: 600 }}>{row.name}</strong>
          </span>
        ),
      },
      {
        title: '类别',
        dataIndex: 'category',
        width: 136,
        sorter: (a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category),
        render: (_, row) => (
          <CategorySelect
            value={row.category}
            ariaLabel={`${row.name}的类别`}
            testId={`category-select-${row.id}`}
            onChange={(category) => onCategoryChange(row, category)}
          />
        ),
      },
      { title: '学科带头人', dataIndex: 'head', width: 110, ellipsis: true, sorter: (a, b) => compareText(a.head, b.head) },
      { title: '人员数', dataIndex: 'staffCount', width: 80, align: 'right', sorter: (a, b) => a.staffCount - b.staffCount },
      { title: '床位数', dataIndex: 'bedCount', width: 80, align: 'right', sorter: (a, b) => a.bedCount - b.bedCount },
      {
        title: '四要素评分',
        children: FACTOR_KEYS.map((key) => ({
          title: <Tooltip title={FACTOR_LABELS[key]}>{FACTOR_SHORT[key]}</Tooltip>,
          key,
          width: FACTOR_WIDTH,
          align: 'center' as const,
          sorter: (a: DisciplineRow, b: DisciplineRow) => byScore(a.factors[key].score, b.factors[key].score),
          render: (_: unknown, row: DisciplineRow) => <ScoreCell assessment={row.factors[key]} />,
        })),
      },
      {
        title: '更新时间',
        dataIndex: 'updatedAt',
        width: 110,
        sorter: (a, b) => byIso(a.updatedAt, b.updatedAt),
        // The date is enough in the column; the minute is in the tooltip.
        render: (value: string) => (
          <span style={SECONDARY} title={formatTime(value)}>
            {formatTime(value).slice(0, 10)}
          </span>
        ),
      },
      {
        title: '操作',
        key: 'actions',
        width: 112,
        fixed: 'right',
        render: (_, row) => (
          <Flex gap={4}>
            <Button type="link" size="small" onClick={() => onEdit(row)} data-testid={`edit-${row.id}`}>
              编辑
            </Button>
            <Button type="link" size="small" danger onClick={() => onDelete(row)} data-testid={`delete-${row.id}`}>
              删除
            </Button>
          </Flex>
        ),
      },
    ];
  }, [showHospital, onEdit, onDelete, onCategoryChange]);

  // Virtual tables need a numeric scroll width: the sum of the column widths above.
  const width = (showHospital ? HOSPITAL_WIDTH : 0) + 48 + 210 + 136 + 110 + 80 * 2 + FACTOR_WIDTH * 4 + 110 + 112;

  return (
    <Table<DisciplineRow>
      data-testid="discipline-table"
      virtual
      size="middle"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: width, y: height }}
      rowSelection={{
        selectedRowKeys: selectedIds,
        onChange: (keys) => onSelect(keys.map(String)),
        columnWidth: 48,
      }}
      locale={{ emptyText }}
      showSorterTooltip={{ target: 'sorter-icon' }}
    />
  );
});
