/**
 * Resolves at an idle moment once no key has been pressed and the screen not touched for
 * `quietMs`. The counter fetches its other screens' chunks only then: running a chunk is a long
 * task on the main thread, and one in the middle of a scanner's burst of keys could split it.
 */
export function quietMoment(quietMs: number): Promise<void> {
  return new Promise((resolve) => {
    let lastInput = performance.now();
    const note = () => {
      lastInput = performance.now();
    };
    const events = ['keydown', 'pointerdown'] as const;
    for (const name of events) window.addEventListener(name, note, { capture: true, passive: true });
    const check = () => {
      const quietFor = performance.now() - lastInput;
      if (quietFor < quietMs) {
        window.setTimeout(check, quietMs - quietFor);
        return;
      }
      requestIdleCallback(() => {
        if (performance.now() - lastInput < quietMs) return check();
        for (const name of events) window.removeEventListener(name, note, { capture: true });
        resolve();
      });
    };
    check();
  });
}
