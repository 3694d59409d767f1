import { CATEGORY_LABELS, FACTOR_KEYS, FACTOR_LABELS, type AllTables, type Discipline } from '../domain/index.ts';
import { lookups } from './lookups.ts';
import { defineRule, type Report, type Rule } from './types.ts';

const target = (d: Discipline, field?: string) => ({ table: 'disciplines' as const, id: d.id, ...(field ? { field } : {}) });

const unclassified = defineRule({
  id: 'DISC-UNCLASSIFIED',
  severity: 'BLOCKER',
  article: '四.3',
  title: '学科尚未分类',
  check(tables, report) {
    for (const d of tables.disciplines) {
      if (d.category === 'UNCLASSIFIED') report(`学科「${d.name}」尚未分类（基础/平台/优势/重点扶持）`, target(d, 'category'), d.hospitalId);
    }
  },
});

const factorsMissing = defineRule({
  id: 'DISC-FACTORS-MISSING',
  severity: 'WARNING',
  article: '四.3',
  title: '已分类学科缺少因素评分',
  check(tables, report) {
    for (const d of tables.disciplines) {
      if (d.category === 'UNCLASSIFIED') continue; // already a blocker; scoring comes with classifying
      const missing = FACTOR_KEYS.filter((key) => d.factors[key].score === null);
      if (missing.length === 0) continue;
      const labels = missing.map((key) => FACTOR_LABELS[key]).join('、');
      report(`${CATEGORY_LABELS[d.category]}「${d.name}」缺少因素评分：${labels}`, target(d, `factors.${missing[0]}`), d.hospitalId);
    }
  },
});

const rationaleMissing = defineRule({
  id: 'DISC-RATIONALE-MISSING',
  severity: 'WARNING',
  article: '四.3',
  title: '优势/重点扶持学科缺少分类理由',
  check(tables, report) {
    for (const d of tables.disciplines) {
      if ((d.category === 'ADVANTAGE' || d.category === 'KEY_SUPPORT') && d.rationale.trim() === '') {
        report(`${CATEGORY_LABELS[d.category]}「${d.name}」未填写分类理由`, target(d, 'rationale'), d.hospitalId);
      }
    }
  },
});

/**
 * Names that differ only in spaces or full-/half-width forms are the same discipline to a reader. NFKC is
 * slow over thousands of names, so only names that contain such characters pay for it.
 */
const nameKey = (name: string) => (/[\s\uff00-\uffef]/.test(name) ? name.normalize('NFKC').replace(/\s+/g, '') : name);

const duplicateName = defineRule({
  id: 'DISC-DUPLICATE-NAME',
  severity: 'WARNING',
  article: '四.3',
  title: '同一医院学科名称重复',
  check(tables, report) {
    for (const list of lookups(tables).disciplinesByHospital.values()) {
      const groups = new Map<string, Discipline[]>();
      for (const d of list) {
        const key = nameKey(d.name);
        const group = groups.get(key);
        if (group) group.push(d);
        else groups.set(key, [d]);
      }
      for (const group of groups.values()) {
        // The first one is the original; each later copy is what the user should merge or rename.
        for (const d of group.slice(1)) report(`学科名称「${d.name}」在本院重复（共 ${group.length} 个）`, target(d, 'name'), d.hospitalId);
      }
    }
  },
});

const hospitalMissing = defineRule({
  id: 'DISC-HOSPITAL-MISSING',
  severity: 'BLOCKER',
  article: '四.3',
  title: '学科所属医院不存在',
  check(tables, report) {
    const { hospitals } = lookups(tables);
    for (const d of tables.disciplines) {
      if (!hospitals.has(d.hospitalId)) report(`学科「${d.name}」所属医院不存在（编号 ${d.hospitalId}）`, target(d, 'hospitalId'), null);
    }
  },
});

/** Walks every parent chain once (white/grey/black marking), so a cycle costs O(n), not O(n²). */
function reportParentProblems(tables: AllTables, report: Report): void {
  const { disciplines } = lookups(tables);
  const done = new Set<string>();
  const path: Discipline[] = [];
  const onPath = new Map<string, number>(); // grey: id → position in `path`
  const at = (d: Discipline, problem: string) => report(`学科「${d.name}」的上级学科${problem}`, target(d, 'parentId'), d.hospitalId);
  for (const start of tables.disciplines) {
    if (done.has(start.id)) continue;
    path.length = 0;
    onPath.clear();
    let current: Discipline | undefined = start;
    while (current && !done.has(current.id)) {
      const d: Discipline = current;
      onPath.set(d.id, path.length);
      path.push(d);
      current = undefined;
      if (d.parentId === null) break;
      if (d.parentId === d.id) {
        at(d, '是它自己');
        break;
      }
      const parent = disciplines.get(d.parentId);
      if (!parent) {
        at(d, `不存在（编号 ${d.parentId}）`);
        break;
      }
      if (parent.hospitalId !== d.hospitalId) at(d, `「${parent.name}」属于其他医院`);
      const loopStart = onPath.get(parent.id);
      if (loopStart !== undefined) {
        const loop = path.slice(loopStart);
        const chain = [...loop, loop[0]!].map((x) => x.name).join(' → ');
        for (const x of loop) at(x, `形成循环：${chain}`);
        break;
      }
      current = parent;
    }
    for (const d of path) done.add(d.id);
  }
}

const parentInvalid = defineRule({
  id: 'DISC-PARENT-INVALID',
  severity: 'BLOCKER',
  article: '四.3',
  title: '上级学科无效（不存在、指向自身或循环）',
  check: reportParentProblems,
});

export const DISCIPLINE_RULES: readonly Rule[] = [
  unclassified,
  factorsMissing,
  rationaleMissing,
  duplicateName,
  hospitalMissing,
  parentInvalid,
];
