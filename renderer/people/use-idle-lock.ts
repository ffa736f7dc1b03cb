import { useEffect } from 'react';

const activity = ['pointerdown', 'keydown', 'wheel'] as const;

/** Calls `onIdle` after `minutes` without a touch, a key or a scan; 0 never does. */
export function useIdleLock(minutes: number | undefined, onIdle: () => void): void {
  useEffect(() => {
    if (!minutes) return;
    let timer = window.setTimeout(onIdle, minutes * 60_000);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, minutes * 60_000);
    };
    for (const name of activity) window.addEventListener(name, reset, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of activity) window.removeEventListener(name, reset, { capture: true });
    };
  }, [minutes, onIdle]);
}
