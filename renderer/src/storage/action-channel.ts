import { canRedo, canUndo, emptyHistory, record, redo, undo } from '../domain';
import type { History } from '../domain';
import type { PlannerDatabase } from './database';
import type { Action, Done } from './actions/done';

/** What the shell shows of the channel: the undo buttons and the latest notice. */
export type ChannelState = {
  canUndo: boolean;
  canRedo: boolean;
  /** The step Undo would take back, for the button's title. */
  undoText: string | null;
  redoText: string | null;
  /** The latest announced change, shown with Undo until the next step; `id` tells notices apart. */
  notice: { id: number; text: string } | null;
};

type Step = Done & { at: number };

/** Typing one note for longer than this makes a new undo step. */
const MERGE_WINDOW_MS = 10_000;

/**
 * The one way stored data changes: runs actions one at a time, keeps their undo steps on
 * one stack, and reports failures (nothing is recorded for a change that failed: its
 * transaction wrote nothing).
 */
export class ActionChannel {
  #history: History<Step> = emptyHistory();
  #queue: Promise<unknown> = Promise.resolve();
  #listeners = new Set<() => void>();
  #notice: ChannelState['notice'] = null;
  #noticeIds = 0;
  #state: ChannelState = this.#snapshot();

  constructor(
    readonly db: PlannerDatabase,
    private readonly onError: (error: unknown) => void,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Runs a change; resolves to what it did, or null when it failed (reported to `onError`). */
  run(action: Action): Promise<Done | null> {
    return this.#enqueue(async () => {
      const done = await action(this.db);
      if (done.bookkeeping) return done;
      const now = this.clock();
      const top = this.#history.past.at(-1);
      if (done.mergeKey !== undefined && top?.mergeKey === done.mergeKey && now - top.at < MERGE_WINDOW_MS) {
        // One step for the whole run of edits: undo goes back to before the first, redo to the last.
        const merged: Step = {
          ...done,
          at: now,
          undo: async () => ({ ...(await top.undo()), undo: () => action(this.db) }),
        };
        this.#history = { past: [...this.#history.past.slice(0, -1), merged], future: [] };
      } else {
        const base = done.replacesAll ? emptyHistory<Step>() : this.#history;
        this.#history = record(base, { ...done, at: now });
      }
      this.#notice = done.announce ? { id: ++this.#noticeIds, text: done.text } : null;
      return done;
    });
  }

  /** Takes back the latest step; null when there is none or it failed. */
  undo(): Promise<Done | null> {
    return this.#enqueue(async () => {
      const step = undo(this.#history);
      if (!step) return null;
      const back = await step.entry.undo();
      this.#history = {
        past: step.history.past,
        future: [...step.history.future.slice(0, -1), { ...back, at: this.clock() }],
      };
      this.#notice = null;
      return back;
    });
  }

  /** Does again the step undone last; null when there is none or it failed. */
  redo(): Promise<Done | null> {
    return this.#enqueue(async () => {
      const step = redo(this.#history);
      if (!step) return null;
      const again = await step.entry.undo();
      this.#history = {
        past: [...step.history.past.slice(0, -1), { ...again, at: this.clock() }],
        future: step.history.future,
      };
      this.#notice = null;
      return again;
    });
  }

  /** Hides the current notice (its step stays undoable from the toolbar and Ctrl+Z). */
  dismissNotice(): void {
    this.#notice = null;
    this.#publish();
  }

  /** For `useSyncExternalStore`. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** For `useSyncExternalStore`: the same object until something changes. */
  getState = (): ChannelState => this.#state;

  #enqueue<T>(work: () => Promise<T>): Promise<T | null> {
    const next = this.#queue.then(work).then(
      (value) => {
        this.#publish();
        return value;
      },
      (error: unknown) => {
        this.onError(error);
        this.#publish();
        return null;
      },
    );
    this.#queue = next;
    return next;
  }

  #publish(): void {
    this.#state = this.#snapshot();
    for (const listener of this.#listeners) listener();
  }

  #snapshot(): ChannelState {
    const h = this.#history;
    return {
      canUndo: canUndo(h),
      canRedo: canRedo(h),
      undoText: h.past.at(-1)?.text ?? null,
      redoText: h.future.at(-1)?.text ?? null,
      notice: this.#notice,
    };
  }
}
