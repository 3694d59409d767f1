import { Button, Dropdown, Flex, Tooltip } from 'antd';
import { OrderedListOutlined, TableOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useEditorState, type Editor } from '@tiptap/react';
import { PLAN_TABLE_SOURCES, type PlanTableSource } from '#shared/domain/index.ts';
import { PLAN_TABLE_SOURCE_LABELS } from '../labels.ts';

interface EditorToolbarProps {
  editor: Editor;
  sectionLabel: string;
}

const HEADINGS = [
  { level: 1, label: '一级标题', sample: '一、' },
  { level: 2, label: '二级标题', sample: '（一）' },
  { level: 3, label: '三级标题', sample: '1.' },
] as const;

/** The few things a plan section can hold, one button each; the current block's kind is shown pressed. */
export function EditorToolbar({ editor, sectionLabel }: EditorToolbarProps) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive('paragraph') && !e.isActive('bulletList') && !e.isActive('orderedList'),
      heading: HEADINGS.map((h) => e.isActive('heading', { level: h.level })),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
    }),
  });
  const chain = () => editor.chain().focus();
  const type = (pressed: boolean) => (pressed ? 'primary' : 'default');
  return (
    // Pressing a button must not take focus from the text: tiptap's focus() after a blur waits for the next
    // frame, and whatever is typed before it would be lost.
    <Flex gap={4} wrap className="plan-editor-toolbar" role="toolbar" aria-label={`${sectionLabel}格式`} onMouseDown={(e) => e.preventDefault()}>
      <Button size="small" type={type(active.paragraph)} onClick={() => chain().setParagraph().run()}>
        正文
      </Button>
      {HEADINGS.map((h, i) => (
        <Tooltip key={h.level} title={`编号按 GB/T 9704 自动生成：${h.sample}`}>
          <Button size="small" type={type(active.heading[i]!)} onClick={() => chain().toggleHeading({ level: h.level }).run()}>
            {h.label} {h.sample}
          </Button>
        </Tooltip>
      ))}
      <Button size="small" type={type(active.ordered)} icon={<OrderedListOutlined />} onClick={() => chain().toggleOrderedList().run()}>
        有序列表
      </Button>
      <Button size="small" type={type(active.bullet)} icon={<UnorderedListOutlined />} onClick={() => chain().toggleBulletList().run()}>
        无序列表
      </Button>
      <Dropdown
        trigger={['click']}
        menu={{
          items: PLAN_TABLE_SOURCES.map((source) => ({ key: source, label: PLAN_TABLE_SOURCE_LABELS[source] })),
          onClick: ({ key }) => chain().insertPlanTable(key as PlanTableSource).run(),
        }}
      >
        <Button size="small" icon={<TableOutlined />} data-testid="insert-plan-table">
          插入专科表格
        </Button>
      </Dropdown>
    </Flex>
  );
}
