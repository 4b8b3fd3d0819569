import { platform } from '../../platform';
import { runCalendarSync } from './run-sync';
import type { SyncInputs } from './run-sync';
import { reportSync } from './sync-status';

/** After storing new moves, the plan flows around them before the sync writes. */
const REPLAN_WAIT_MS = 1_500;
const MAX_REPLAN_ROUNDS = 3;

/** What the runner knows when a sync starts; the API and the clock are added here. */
export type LoopInputs = Omit<SyncInputs, 'api' | 'now' | 'schedule' | 'planId' | 'state'> & {
  schedule: SyncInputs['schedule'] | null;
  planId: string | null;
  state: SyncInputs['state'] | undefined;
};

/**
 * Runs syncs one at a time with the latest inputs; a request while one runs makes one more
 * run after it. When a sync stores moves the plan did not know, it waits for the plan to flow
 * around them and syncs again (a few rounds at most).
 */
export class SyncLoop {
  #inputs: LoopInputs | null = null;
  #running = false;
  #again = false;

  /** What the next sync uses (the app's latest plan and sync state). */
  use(inputs: LoopInputs): void {
    this.#inputs = inputs;
  }

  async sync(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = true;
    try {
      await this.#rounds();
    } catch (error) {
      reportSync(
        false,
        `The calendar sync stopped: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      this.#running = false;
      if (this.#again) {
        this.#again = false;
        void this.sync();
      }
    }
  }

  async #rounds(): Promise<void> {
    for (let round = 0; ; round++) {
      const inputs = this.#inputs;
      const api = platform.calendarSync;
      if (!api || !inputs?.state?.calendar || !inputs.schedule || !inputs.planId) return;
      reportSync(true);
      const run = await runCalendarSync({
        ...inputs,
        api,
        schedule: inputs.schedule,
        planId: inputs.planId,
        state: inputs.state,
        now: new Date(),
      });
      if (!run.ok) {
        reportSync(false, run.message);
        return;
      }
      if (!run.replanning || round >= MAX_REPLAN_ROUNDS) {
        reportSync(false, null);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, REPLAN_WAIT_MS));
    }
  }
}
