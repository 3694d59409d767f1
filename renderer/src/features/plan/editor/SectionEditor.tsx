import { useEffect, useRef } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { PlanBlock, PlanSectionKey } from '#shared/domain/index.ts';
import { blocksToDocument, documentToBlocks, type EditorDocument } from '../planDocument.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import { planExtensions } from './extensions.ts';
import './plan-editor.css';

interface SectionEditorProps {
  section: PlanSectionKey;
  label: string;
  /** The stored blocks: read once when the editor opens; later changes come from the editor itself. */
  initial: readonly PlanBlock[];
  readOnly: boolean;
  onChange: (blocks: PlanBlock[]) => void;
}

/** One plan section as editable text, mapped to PlanBlock[] on every change (planDocument.ts). */
export function SectionEditor({ section, label, initial, readOnly, onChange }: SectionEditorProps) {
  const report = useRef(onChange);
  useEffect(() => {
    report.current = onChange;
  }, [onChange]);
  // Opening the editor changes the document without changing the blocks (ProseMirror adds a trailing
  // paragraph after a table): only a change of the mapped blocks is an edit.
  const last = useRef<string | null>(null);
  const changed = (blocks: PlanBlock[]) => {
    const json = JSON.stringify(blocks);
    last.current ??= JSON.stringify(documentToBlocks(blocksToDocument(initial)));
    if (json === last.current) return;
    last.current = json;
    report.current(blocks);
  };
  const editor = useEditor({
    extensions: planExtensions(),
    content: blocksToDocument(initial),
    editable: !readOnly,
    editorProps: {
      attributes: { 'aria-label': `${label}正文`, 'data-testid': `plan-editor-${section}`, class: 'plan-editor-content' },
    },
    onUpdate: ({ editor: e }) => changed(documentToBlocks(e.getJSON() as EditorDocument)),
  });
  useEffect(() => {
    editor.setEditable(!readOnly);
  }, [editor, readOnly]);
  return (
    <div className={`plan-editor${readOnly ? ' is-read-only' : ''}`}>
      {!readOnly && <EditorToolbar editor={editor} sectionLabel={label} />}
      <EditorContent editor={editor} />
    </div>
  );
}
