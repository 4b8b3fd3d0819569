/**
 * A module loaded on first use and kept. Once it has loaded, `now()` hands it over without
 * waiting a turn: an action that finds it there opens its transaction in the same task as
 * the click, before React's render of the click can run, and so before a reload or a
 * closing window could catch the change still unwritten.
 */
export type LazyModule<T> = { now: () => T | undefined; load: () => Promise<T> };

/** Wraps a dynamic import (`() => import('./x')`) as a `LazyModule`. */
export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    now: () => loaded,
    load: () =>
      (loading ??= importer().then(
        (module) => (loaded = module),
        (error: unknown) => {
          // A failed download may succeed later (the app was just updated, a flaky disk).
          loading = undefined;
          throw error;
        },
      )),
  };
}
