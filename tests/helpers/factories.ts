import { emptyFactors, type Discipline, type Hospital } from '#shared/domain/index.ts';

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
