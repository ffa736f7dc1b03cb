import { use, type ComponentType } from 'react';

export interface LazyScreen<P> {
  /** Renders the screen; suspends only while its chunk is still on the way. */
  Screen: ComponentType<P>;
  /** Fetches the chunk ahead of need; a failed fetch is forgotten, so the next call tries again. */
  preload(): Promise<ComponentType<P>>;
  /** True once the chunk is here: the screen then renders without suspending. */
  ready(): boolean;
}

const forgetters: (() => void)[] = [];

/** Try again: a screen whose chunk failed while it was on view fetches it anew on its next render. */
export function forgetFailedScreens(): void {
  for (const forget of forgetters) forget();
}

/**
 * A screen whose code comes in its own chunk, so the sale screen's first paint does not wait for
 * it. Unlike React.lazy, a screen already fetched renders in the same pass, with no Suspense
 * fallback even for a frame (the counter prefetches every screen once it has painted), and a
 * chunk that failed is fetched again on Try again instead of failing for good.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  // The fetch a render waits on. A failed one stays until Try again: were it fetched anew on every
  // render, the failure would never reach the error boundary, only another wait.
  let shown: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  // A fetch still on its way (loading === shown) is left alone.
  forgetters.push(() => {
    if (loaded === undefined && shown !== loading) shown = undefined;
  });
  function Screen(props: P) {
    const Component = loaded ?? use((shown ??= preload()));
    return <Component {...props} />;
  }
  return { Screen, preload, ready: () => loaded !== undefined };
}
