import { Select, Tag } from 'antd';
import { CATEGORY_LABELS, type DisciplineCategory } from '#shared/domain/index.ts';
import { CATEGORY_COLORS, CATEGORY_OPTIONS } from './categories.ts';

export function CategoryTag({ category }: { category: DisciplineCategory }) {
  return (
    <Tag color={CATEGORY_COLORS[category].tag} style={{ marginInlineEnd: 0 }}>
      {CATEGORY_LABELS[category]}
    </Tag>
  );
}

// `title` gives each option a plain-text name (the label is a tag), for tooltips and e2e tests alike.
const TAG_OPTIONS = CATEGORY_OPTIONS.map((o) => ({ value: o.value, title: o.label, label: <CategoryTag category={o.value} /> }));

/** Inline category editor for a table cell: looks like the category tag until opened. */
export function CategorySelect(props: {
  value: DisciplineCategory;
  onChange: (category: DisciplineCategory) => void;
  ariaLabel: string;
  testId?: string;
}) {
  return (
    <Select<DisciplineCategory>
      size="small"
      variant="borderless"
      value={props.value}
      options={TAG_OPTIONS}
      onChange={props.onChange}
      aria-label={props.ariaLabel}
      data-testid={props.testId}
      popupMatchSelectWidth={false}
      style={{ width: 120 }}
    />
  );
}
