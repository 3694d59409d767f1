import type { PlannerBridge } from '#shared/ipc/bridge.ts';

// The preload (electron/preload.ts) exposes this object; in the browser build it is absent.
// Only renderer/src/platform may read it (eslint no-restricted-properties).
declare global {
  interface Window {
    planner?: PlannerBridge;
  }
}
