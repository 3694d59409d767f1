import { create } from 'zustand';
import type { ContractStatus } from '#shared/domain/index.ts';

interface ContractFilterState {
  status: ContractStatus | 'ALL';
  /** Unit id (discipline or specialty), or 'ALL'. */
  unitId: string;
  /** Who is working (当前用户): recorded on every workflow step and actual; the list shows their contracts first. */
  operator: string;
  setStatus: (status: ContractStatus | 'ALL') => void;
  setUnitId: (unitId: string) => void;
  setOperator: (operator: string) => void;
}

/** UI state of the 目标责任书 pages; records come from the database through live queries, never from here. */
export const useContractFilters = create<ContractFilterState>()((set) => ({
  status: 'ALL',
  unitId: 'ALL',
  operator: '',
  setStatus: (status) => set({ status }),
  setUnitId: (unitId) => set({ unitId }),
  setOperator: (operator) => set({ operator }),
}));
