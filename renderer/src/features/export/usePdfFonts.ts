import { useCallback, useEffect, useMemo, useState } from 'react';
import { App } from 'antd';
import { loadUseSystemFonts, saveUseSystemFonts, useDatabase, useLive } from '#renderer/db/index.ts';
import { invoke, type SystemFont } from '#renderer/platform/index.ts';
import type { PdfFontChoice } from './protocol.ts';

// The fonts on this machine do not change while the app runs: main is asked once per page load.
let systemFontsAsked: Promise<SystemFont[]> | undefined;

function askSystemFonts(): Promise<SystemFont[]> {
  systemFontsAsked ??= invoke('pdf-system-fonts').catch((error: unknown) => {
    // Without the list the PDFs use the bundled subsets, which always work; the export itself is not at stake.
    console.error('无法读取系统字体列表', error);
    return [];
  });
  return systemFontsAsked;
}

export interface PdfFontsState {
  /** The faces with a system font; undefined while main is being asked, [] in the browser. */
  available: SystemFont[] | undefined;
  /** 使用系统字体, remembered on this installation. */
  useSystem: boolean;
  setUseSystem: (useSystem: boolean) => void;
  /** What goes to the worker with the export request. */
  choice: PdfFontChoice;
}

export function usePdfFonts(): PdfFontsState {
  const db = useDatabase();
  const { message } = App.useApp();
  const [available, setAvailable] = useState<SystemFont[]>();
  useEffect(() => {
    let live = true;
    void askSystemFonts().then((fonts) => live && setAvailable(fonts));
    return () => {
      live = false;
    };
  }, []);
  const useSystem = useLive((d) => loadUseSystemFonts(d), []) ?? true;
  const setUseSystem = useCallback(
    (next: boolean) => {
      saveUseSystemFonts(db, next).catch((error: unknown) => {
        void message.error(`无法保存字体设置：${error instanceof Error ? error.message : String(error)}`);
      });
    },
    [db, message],
  );
  const choice = useMemo(() => ({ useSystem, available: available ?? [] }), [useSystem, available]);
  return { available, useSystem, setUseSystem, choice };
}
