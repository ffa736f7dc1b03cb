const inputs = ['keydown', 'pointerdown'] as const;
/** The last key or touch on this page; the watch starts with the first wait, as if touched then. */
let lastInput: number | undefined;

function watchInput(): void {
  if (lastInput !== undefined) return;
  lastInput = performance.now();
  for (const name of inputs) {
    window.addEventListener(
      name,
      () => {
        lastInput = performance.now();
      },
      { capture: true, passive: true },
    );
  }
}

/**
 * Resolves at an idle moment once no key has been pressed and the screen not touched for
 * `quietMs`. The counter fetches its other screens' chunks only then: running a chunk is a long
 * task on the main thread, and one in the middle of a scanner's burst of keys could split it.
 */
export function quietMoment(quietMs: number): Promise<void> {
  watchInput();
  const quietFor = () => performance.now() - (lastInput ?? 0);
  return new Promise((resolve) => {
    const check = () => {
      if (quietFor() < quietMs) {
        window.setTimeout(check, quietMs - quietFor());
        return;
      }
      requestIdleCallback(() => (quietFor() < quietMs ? check() : resolve()));
    };
    check();
  });
}
