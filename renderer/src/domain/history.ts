/**
 * An undo/redo stack as plain immutable data, so it can live in React state and be
 * tested without a UI. An entry is whatever the caller needs to apply or unapply a change
 * (typically the before and after values); this module never looks inside it.
 */
export type History<T> = {
  /** Applied changes, oldest first: `undo` takes the last one. */
  readonly past: readonly T[];
  /** Undone changes, the next to redo last: `redo` takes the last one. */
  readonly future: readonly T[];
};

/** An entry taken off a history, with the history that remains. */
export type HistoryStep<T> = { history: History<T>; entry: T };

/** A history with nothing to undo or redo. */
export function emptyHistory<T>(): History<T> {
  return { past: [], future: [] };
}

/**
 * The history after a new change. The redo stack is cleared, since its entries were
 * undone from a state that no longer exists; only the newest `limit` entries are kept so
 * a long session cannot grow memory without bound.
 */
export function record<T>(history: History<T>, entry: T, limit = 100): History<T> {
  const keep = Math.max(0, Math.floor(limit));
  // `slice(-0)` would keep everything, hence the explicit zero case.
  const past = keep === 0 ? [] : [...history.past, entry].slice(-keep);
  return { past, future: [] };
}

/** The newest change to unapply and the history after it, or `null` when there is none. */
export function undo<T>(history: History<T>): HistoryStep<T> | null {
  if (history.past.length === 0) return null;
  const entry = history.past[history.past.length - 1]!;
  return { history: { past: history.past.slice(0, -1), future: [...history.future, entry] }, entry };
}

/** The most recently undone change to apply again and the history after it, or `null`. */
export function redo<T>(history: History<T>): HistoryStep<T> | null {
  if (history.future.length === 0) return null;
  const entry = history.future[history.future.length - 1]!;
  return { history: { past: [...history.past, entry], future: history.future.slice(0, -1) }, entry };
}

/** Whether there is a change to undo (for enabling the Undo command). */
export function canUndo(history: History<unknown>): boolean {
  return history.past.length > 0;
}

/** Whether there is a change to redo (for enabling the Redo command). */
export function canRedo(history: History<unknown>): boolean {
  return history.future.length > 0;
}
