import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void) {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/**
 * The system's "reduce motion" setting (Windows: 显示动画 off). antd's menus and dropdowns slide and scale in;
 * users who turned motion off get them in place at once — and so do the e2e tests, whose clicks must not land
 * on an item that is still moving.
 */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
}
