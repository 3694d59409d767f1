import { emptyFactors, emptyPlanSections, emptyTables, type AllTables, type Discipline, type Hospital, type Plan } from '#shared/domain/index.ts';

// Records with sensible defaults, so a test names only what it is about (Excalidraw's API.createElement habit).
let counter = 0;
const nextId = (prefix: string) => `${prefix}-${String(++counter).padStart(4, '0')}`;
const STAMP = '2024-01-08T09:30:00.000Z';

export function makeHospital(overrides: Partial<Hospital> = {}): Hospital {
  return {
    id: nextId('h'),
    updatedAt: STAMP,
    version: 1,
    name: '测试医院',
    code: '',
    level: '三级甲等',
    type: 'GENERAL',
    province: '示例省',
    city: '示例市',
    beds: 1000,
    memberships: [],
    ...overrides,
  };
}

export function makeDiscipline(overrides: Partial<Discipline> & Pick<Discipline, 'hospitalId'>): Discipline {
  return {
    id: nextId('d'),
    updatedAt: STAMP,
    version: 1,
    name: '心血管内科',
    parentId: null,
    head: '',
    staffCount: 30,
    bedCount: 40,
    category: 'ADVANTAGE',
    factors: emptyFactors(),
    rationale: '',
    previousPlanRef: '',
    ...overrides,
  };
}

/** Every table, empty except the ones given: tests name only the tables they are about. */
export function makeTables(tables: Partial<AllTables>): AllTables {
  return { ...emptyTables(), ...tables };
}

export function makePlan(overrides: Partial<Plan> & Pick<Plan, 'hospitalId'>): Plan {
  return {
    id: nextId('p'),
    updatedAt: STAMP,
    version: 1,
    title: '临床专科能力建设规划（2024—2028年）',
    docNumber: '示医发〔2024〕12号',
    issuingOrgan: '示例市第一人民医院',
    issueDate: null,
    period: { startYear: 2024, endYear: 2028 },
    sections: emptyPlanSections(),
    status: 'DRAFT',
    ...overrides,
  };
}
