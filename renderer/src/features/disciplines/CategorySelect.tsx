import { useState } from 'react';
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

const TAG_BUTTON = { background: 'none', border: 0, padding: 0, cursor: 'pointer' } as const;

/**
 * Inline category editor for a table cell: a plain tag until clicked, then a Select that opens at once.
 * A Select per visible row made every search keystroke re-mount a dozen Selects; a tag is cheap.
 */
export function CategorySelect(props: {
  value: DisciplineCategory;
  onChange: (category: DisciplineCategory) => void;
  ariaLabel: string;
  testId?: string;
}) {
  const [editing, setEditing] = useState(false);
  if (!editing) {
    return (
      <button
        type="button"
        style={TAG_BUTTON}
        aria-label={props.ariaLabel}
        data-testid={props.testId}
        title="点击修改类别"
        onClick={() => setEditing(true)}
      >
        <CategoryTag category={props.value} />
      </button>
    );
  }
  return (
    <Select<DisciplineCategory>
      size="small"
      variant="borderless"
      value={props.value}
      options={TAG_OPTIONS}
      defaultOpen
      autoFocus
      onChange={(category) => {
        setEditing(false);
        props.onChange(category);
      }}
      onOpenChange={(open) => !open && setEditing(false)}
      aria-label={props.ariaLabel}
      data-testid={props.testId}
      popupMatchSelectWidth={false}
      style={{ width: 120 }}
    />
  );
}
