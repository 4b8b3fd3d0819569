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
  /** What the calendar would show of the plan and the settings: unchanged, a sync has nothing to do. */
  key: string;
};

/**
 * Runs syncs one at a time with the latest inputs; a request while one runs makes one more
 * run after it. A sync that is not forced ("Sync now", the 15-minute round) is skipped when
 * the plan and the settings are what the last sync that went through wrote: a second sync
 * would only replace "279 changes" with "no changes". When a sync stores moves the plan did
 * not know, it waits for the plan to flow around them and syncs again (a few rounds at most).
 */
export class SyncLoop {
  #inputs: LoopInputs | null = null;
  #running = false;
  #again = false;
  #againForced = false;
  /** The inputs' key when the last sync went through. */
  #synced: string | null = null;

  /** What the next sync uses (the app's latest plan and sync state). */
  use(inputs: LoopInputs): void {
    this.#inputs = inputs;
  }

  async sync(force = false): Promise<void> {
    if (this.#running) {
      this.#again = true;
      this.#againForced ||= force;
      return;
    }
    if (!force && this.#inputs?.key === this.#synced) return;
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
        const forced = this.#againForced;
        this.#again = false;
        this.#againForced = false;
        void this.sync(forced);
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
        if (!run.replanning) this.#synced = inputs.key;
        reportSync(false, null);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, REPLAN_WAIT_MS));
    }
  }
}
