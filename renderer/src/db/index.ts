// The only module tree that imports dexie. Features use these functions and hooks, never Dexie itself.
export { openDatabase, DEFAULT_DATABASE_NAME, type PlannerDatabase, type OutboxEntry } from './database.ts';
export { CURRENT_SCHEMA_VERSION } from './schema.ts';
export { RecordValidationError, type FieldIssue } from './validation.ts';
export {
  saveRecord,
  saveRecords,
  deleteRecords,
  readAllTables,
  replaceAllTables,
  isEmpty,
  type Draft,
} from './records.ts';
export { listDisciplines, reclassifyDisciplines, deleteDiscipline } from './disciplines.ts';
export { listHospitals, currentHospital, setCurrentHospital, saveGradeScale } from './hospitals.ts';
export { loadUseSystemFonts, saveUseSystemFonts } from './preferences.ts';
export { DatabaseProvider, useDatabase, useLive } from './context.tsx';
export {
  listContracts,
  listContractUnits,
  listContractTargets,
  readLineage,
  listAssessmentData,
  createContract,
  saveContractDraft,
  saveContractTargets,
  patchContractTarget,
  deleteContractTarget,
  moveContract,
  amendContract,
  deleteDraftContract,
  saveActual,
  saveQualitativeScore,
  type TransitionInput,
} from './contracts.ts';
export { listQcBoard, saveQcObservation, saveQcOfficer, type QcBoard } from './qc.ts';
export { currentPlan, savePlan, movePlan, isPlanLocked, PlanStateError } from './plans.ts';
export {
  listSpecialtyBoard,
  readSpecialty,
  saveSpecialty,
  describeSpecialtyDelete,
  deleteSpecialty,
  saveSpecialtyChild,
  deleteSpecialtyChild,
  milestoneFieldIssue,
  type SpecialtyBoard,
  type SpecialtyChildren,
  type SpecialtyDetail,
  type SpecialtyDeleteImpact,
  type ChildDraft,
} from './specialties.ts';
export { listRoadmap, moveMilestone, MilestoneMoveRefused, type MilestoneMoved, type RoadmapData } from './roadmap.ts';
export { loadImportMapping, importDisciplines, importActuals, importContractTargets, type RememberedMapping } from './imports.ts';
