import { useState } from 'react';
import { Button, Flex, Select, Typography } from 'antd';
import type { DisciplineCategory } from '#shared/domain/index.ts';
import { CATEGORY_OPTIONS } from './categories.ts';

interface BulkClassifyBarProps {
  count: number;
  onApply: (category: DisciplineCategory) => Promise<void>;
  onClear: () => void;
}

/** 已选择 N 个学科 → 批量设为 [类别] → 应用. Shown only while rows are selected. */
export function BulkClassifyBar({ count, onApply, onClear }: BulkClassifyBarProps) {
  const [category, setCategory] = useState<DisciplineCategory>();
  const [applying, setApplying] = useState(false);

  const apply = async () => {
    if (!category) return;
    setApplying(true);
    try {
      await onApply(category);
    } finally {
      setApplying(false);
    }
  };

  return (
    <Flex
      align="center"
      gap={12}
      wrap
      data-testid="bulk-classify-bar"
      style={{ padding: '8px 12px', marginBottom: 12, background: '#e6f2f2', borderRadius: 6 }}
    >
      <Typography.Text strong data-testid="bulk-selected-count">
        已选择 {count} 个学科
      </Typography.Text>
      <Typography.Text>批量设为</Typography.Text>
      <Select<DisciplineCategory>
        style={{ width: 160 }}
        placeholder="选择类别"
        options={CATEGORY_OPTIONS.map((o) => ({ ...o, title: o.label }))}
        value={category}
        onChange={setCategory}
        aria-label="批量设为类别"
        data-testid="bulk-category"
      />
      <Button type="primary" disabled={!category} loading={applying} onClick={() => void apply()} data-testid="bulk-apply">
        应用
      </Button>
      <Button type="link" onClick={onClear}>
        取消选择
      </Button>
    </Flex>
  );
}
