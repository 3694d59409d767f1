// Sandboxed preload, bundled to one CJS file. Like VS Code's, it exposes one small object and checks every
// channel name before anything crosses to main; main validates the payload itself.
import { contextBridge, ipcRenderer } from 'electron';
import { SNAPSHOT_REQUEST_EVENT, isIpcChannel, wireChannel } from '#shared/ipc/channels.ts';
import type { PlannerBridge } from '#shared/ipc/bridge.ts';

const snapshotRequestChannel = wireChannel(SNAPSHOT_REQUEST_EVENT);

const bridge: PlannerBridge = {
  invoke: ((name: unknown, args?: unknown) => {
    if (!isIpcChannel(name)) return Promise.reject(new Error(`未知的 IPC 调用："${String(name)}"`));
    return ipcRenderer.invoke(wireChannel(name), args);
  }) as PlannerBridge['invoke'],
  onSnapshotRequest(callback) {
    // The IpcRendererEvent stays here: handing it to the page would leak ipcRenderer through event.sender.
    const listener = () => callback();
    ipcRenderer.on(snapshotRequestChannel, listener);
    return () => {
      ipcRenderer.removeListener(snapshotRequestChannel, listener);
    };
  },
};

contextBridge.exposeInMainWorld('planner', bridge);
