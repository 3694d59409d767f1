export * from './common.ts';
export * from './hospital.ts';
export * from './discipline.ts';
export * from './tables.ts';
