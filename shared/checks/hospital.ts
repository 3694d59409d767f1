import type { Hospital } from '../domain/index.ts';
import { expectsMeasure5, missingExpected, type ExpectedDiscipline } from './expected.ts';
import { lookups } from './lookups.ts';
import { defineRule, type Rule } from './types.ts';

const target = (h: Hospital, field?: string) => ({ table: 'hospitals' as const, id: h.id, ...(field ? { field } : {}) });
const KIND_LABEL: Record<ExpectedDiscipline['kind'], string> = { BASIC: '基础学科', PLATFORM: '平台学科' };

function expectedRule(kind: ExpectedDiscipline['kind'], id: string): Rule {
  return defineRule({
    id,
    severity: 'WARNING',
    article: '四.5',
    title: `二级以上综合医院缺少${KIND_LABEL[kind]}`,
    check(tables, report) {
      const { disciplinesByHospital } = lookups(tables);
      for (const h of tables.hospitals) {
        if (!expectsMeasure5(h)) continue;
        for (const missing of missingExpected(disciplinesByHospital.get(h.id) ?? [])) {
          if (missing.kind !== kind) continue;
          report(`${h.name}缺少${KIND_LABEL[kind]}「${missing.label}」（二级以上综合医院应具备）`, target(h), h.id);
        }
      }
    },
  });
}

/** The profile fields the commission's coverage view groups by; 未定级 and 0 beds count as not filled in. */
const PROFILE_FIELDS: readonly { field: keyof Hospital; label: string; filled(h: Hospital): boolean }[] = [
  { field: 'name', label: '医院名称', filled: (h) => h.name.trim() !== '' },
  { field: 'level', label: '医院等级', filled: (h) => h.level !== '未定级' },
  { field: 'province', label: '省份', filled: (h) => h.province.trim() !== '' },
  { field: 'city', label: '城市', filled: (h) => h.city.trim() !== '' },
  { field: 'beds', label: '编制床位数', filled: (h) => h.beds > 0 },
];

const profileIncomplete = defineRule({
  id: 'HOSP-PROFILE-INCOMPLETE',
  severity: 'WARNING',
  article: '四.1',
  title: '医院基本信息不完整',
  check(tables, report) {
    for (const h of tables.hospitals) {
      const missing = PROFILE_FIELDS.filter((p) => !p.filled(h));
      if (missing.length === 0) continue;
      const labels = missing.map((p) => p.label).join('、');
      report(`医院「${h.name || '（未命名）'}」基本信息不完整：${labels}`, target(h, missing[0]!.field), h.id);
    }
  },
});

const noLead = defineRule({
  id: 'HOSP-NO-LEAD-DISCIPLINE',
  severity: 'INFO',
  article: '四.6',
  title: '尚无可牵头“1+N”学科群的学科',
  check(tables, report) {
    const { disciplinesByHospital } = lookups(tables);
    for (const h of tables.hospitals) {
      const list = disciplinesByHospital.get(h.id) ?? [];
      if (list.some((d) => d.category === 'ADVANTAGE' || d.category === 'KEY_SUPPORT')) continue;
      report(`${h.name}尚无优势学科或重点扶持学科，无法牵头组建“1+N”学科群（四.4、四.6）`, target(h), h.id);
    }
  },
});

export const HOSPITAL_RULES: readonly Rule[] = [
  expectedRule('BASIC', 'HOSP-BASIC-MISSING'),
  expectedRule('PLATFORM', 'HOSP-PLATFORM-MISSING'),
  profileIncomplete,
  noLead,
];
