import { useMemo } from 'react';
import { Card, Flex, Input, Segmented, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { CATEGORY_LABELS, type DisciplineCategory } from '#shared/domain/index.ts';
import { useDisciplineFilters, type CategoryFilter } from '#renderer/stores/disciplineFilters.ts';
import { BulkClassifyBar } from './BulkClassifyBar.tsx';
import { CATEGORY_ORDER } from './categories.ts';
import { DisciplineTable } from './DisciplineTable.tsx';
import { useFilteredRows, type DisciplineRow } from './useDisciplines.ts';

interface DisciplineInventoryProps {
  rows: DisciplineRow[];
  showHospital: boolean;
  selectedIds: string[];
  onSelect: (ids: string[]) => void;
  onApplyBulk: (category: DisciplineCategory) => Promise<void>;
  onEdit: (row: DisciplineRow) => void;
  onDelete: (row: DisciplineRow) => void;
  onCategoryChange: (row: DisciplineRow, category: DisciplineCategory) => void;
}

/**
 * The search box, category filter, count and table. The only part of the page that follows the search text:
 * a keystroke re-renders this card, not the header, summary and findings above it.
 */
export function DisciplineInventory(props: DisciplineInventoryProps) {
  const { rows, selectedIds, onSelect } = props;
  const search = useDisciplineFilters((s) => s.search);
  const setSearch = useDisciplineFilters((s) => s.setSearch);
  const category = useDisciplineFilters((s) => s.category);
  const setCategory = useDisciplineFilters((s) => s.setCategory);
  const { visible, counts } = useFilteredRows(rows);

  const segments = useMemo(
    (): { value: CategoryFilter; label: string }[] => [
      { value: 'ALL', label: `全部 ${counts.ALL}` },
      ...CATEGORY_ORDER.map((c) => ({ value: c, label: `${CATEGORY_LABELS[c]} ${counts[c]}` })),
    ],
    [counts],
  );

  return (
    <Card size="small">
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="搜索学科名称"
          aria-label="搜索学科名称"
          style={{ width: 240 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Segmented<CategoryFilter> data-testid="category-filter" options={segments} value={category} onChange={setCategory} />
        <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }} data-testid="discipline-count">
          显示 {visible.length} / {rows.length} 个学科
        </Typography.Text>
      </Flex>
      {selectedIds.length > 0 && <BulkClassifyBar count={selectedIds.length} onApply={props.onApplyBulk} onClear={() => onSelect([])} />}
      <DisciplineTable
        rows={visible}
        showHospital={props.showHospital}
        selectedIds={selectedIds}
        onSelect={onSelect}
        onEdit={props.onEdit}
        onDelete={props.onDelete}
        onCategoryChange={props.onCategoryChange}
        height={520}
        emptyText={rows.length === 0 ? '尚无学科：点击右上角“新增学科”开始梳理' : '没有符合条件的学科，请调整搜索或类别筛选'}
      />
    </Card>
  );
}
