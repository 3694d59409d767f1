export { ICD10_CATALOGUE, type Icd10Entry } from './catalogue.ts';
export { Icd10CodeSchema, isIcd10Code, normalizeIcd10, parseIcd10, type Icd10Level, type Icd10Parse } from './code.ts';
export { diseaseAreaOfCode, findIcd10, searchIcd10, type Icd10SearchOptions } from './search.ts';
