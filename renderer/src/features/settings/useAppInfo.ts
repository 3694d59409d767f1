import { useEffect, useState } from 'react';
import { invoke, type AppInfo } from '#renderer/platform/index.ts';

/** Version and runtime facts from the platform layer (Electron main, or the browser fallback). */
export function useAppInfo(): AppInfo | undefined {
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let live = true;
    void invoke('app-info').then((result) => live && setInfo(result));
    return () => {
      live = false;
    };
  }, []);
  return info;
}
