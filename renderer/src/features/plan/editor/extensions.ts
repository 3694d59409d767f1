import { Extension, Node, mergeAttributes, type Extensions } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { PLAN_TABLE_SOURCES, type PlanTableSource } from '#shared/domain/index.ts';
import { headingNumbers, type HeadingLevel } from '../planDocument.ts';
import { PlanTableNodeView } from './PlanTableNodeView.tsx';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    planTable: { insertPlanTable: (source: PlanTableSource) => ReturnType };
  }
}

/** A table block: an atom that stores only its source; the node view shows the current rows, read-only. */
const PlanTable = Node.create({
  name: 'planTable',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return {
      source: {
        default: 'specialties',
        parseHTML: (element) => {
          const value = element.getAttribute('data-source');
          return PLAN_TABLE_SOURCES.find((s) => s === value) ?? 'specialties';
        },
        renderHTML: (attributes: { source: string }) => ({ 'data-source': attributes.source }),
      },
    };
  },
  parseHTML: () => [{ tag: 'div[data-plan-table]' }],
  renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { 'data-plan-table': '' })],
  addNodeView: () => ReactNodeViewRenderer(PlanTableNodeView),
  addCommands() {
    return {
      insertPlanTable:
        (source) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { source } }),
    };
  },
});

const numbersKey = new PluginKey('headingNumbers');

function numberDecorations(doc: ProseMirrorNode): DecorationSet {
  const headings: { pos: number; level: HeadingLevel }[] = [];
  doc.forEach((node, pos) => {
    if (node.type.name === 'heading') headings.push({ pos, level: node.attrs.level as HeadingLevel });
  });
  const numbers = headingNumbers(headings.map((h) => h.level));
  return DecorationSet.create(
    doc,
    headings.map((h, i) =>
      Decoration.widget(
        h.pos + 1,
        () => {
          const span = document.createElement('span');
          span.className = 'plan-heading-number';
          span.contentEditable = 'false';
          span.textContent = numbers[i]!;
          return span;
        },
        { side: -1, key: `${h.level}-${numbers[i]}` },
      ),
    ),
  );
}

/**
 * Shows each heading's GB/T 9704 number (一、 / （一） / 1.) in front of it, computed by the same function that
 * writes it into the saved text, so the editor and the document never disagree. The number is not text the
 * user edits: reordering headings renumbers them.
 */
const HeadingNumbers = Extension.create({
  name: 'headingNumbers',
  addProseMirrorPlugins: () => [
    new Plugin({
      key: numbersKey,
      state: {
        init: (_config, state) => numberDecorations(state.doc),
        apply: (tr, old) => (tr.docChanged ? numberDecorations(tr.doc) : old),
      },
      props: { decorations: (state) => numbersKey.getState(state) as DecorationSet },
    }),
  ],
});

/** A PlanBlock list is flat: Tab would nest an item, which the plan cannot store, so it does nothing here. */
const FlatLists = Extension.create({
  name: 'flatLists',
  priority: 1000,
  addKeyboardShortcuts: () => ({ Tab: () => true, 'Shift-Tab': () => true }),
});

/**
 * Exactly the nodes a PlanBlock can hold: paragraphs, headings 1–3, ordered and bullet lists, table blocks.
 * No marks (bold, links …) and no other nodes, so pasted rich text is reduced to what the plan stores.
 */
export function planExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      blockquote: false,
      bold: false,
      code: false,
      codeBlock: false,
      hardBreak: false,
      horizontalRule: false,
      italic: false,
      link: false,
      strike: false,
      underline: false,
    }),
    PlanTable,
    HeadingNumbers,
    FlatLists,
  ];
}
