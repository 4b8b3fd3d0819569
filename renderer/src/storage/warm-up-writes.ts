import { lazyModule } from './lazy-module';

/** The writing halves of the everyday changes, loaded on first use (off the start-up path). */
export const progressWrites = lazyModule(() => import('./actions/progress-writes'));
/** The review log and cards' writing, with ts-fsrs. */
export const reviewRepository = lazyModule(() => import('./review-repository'));
export const planChanges = lazyModule(() => import('./actions/plan-changes'));
export const sessionLogRepository = lazyModule(() => import('./session-log-repository'));

/**
 * Loads the writing halves of the everyday changes (a status, a tick, a Done and its rating,
 * a logged session, a saved plan) soon after the first paint. They stay off the start-up
 * path, but the first change must not wait for a download: its status shows at once, and a
 * window closed or reloaded right after the click would otherwise lose the write still
 * waiting for its code.
 */
export function warmUpWrites(): void {
  for (const module of [progressWrites, reviewRepository, planChanges, sessionLogRepository]) {
    void module.load();
  }
}
