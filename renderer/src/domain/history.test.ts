import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, emptyHistory, record, redo, undo } from './history';
import type { History } from './history';

/** What a caller would store: the value before and after one change. */
type Change = { topicId: string; before: string; after: string };

const change = (topicId: string, before: string, after: string): Change => ({ topicId, before, after });
const a = change('alpha', 'todo', 'doing');
const b = change('beta', 'todo', 'done');
const c = change('gamma', 'doing', 'skipped');

function recordAll<T>(entries: T[], limit?: number): History<T> {
  return entries.reduce((h, e) => record(h, e, limit), emptyHistory<T>());
}

describe('history', () => {
  it('starts with nothing to undo or redo', () => {
    const h = emptyHistory<Change>();
    expect(undo(h)).toBeNull();
    expect(redo(h)).toBeNull();
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(false);
  });

  it('undoes the newest change first', () => {
    let h = recordAll([a, b, c]);
    const undone: Change[] = [];
    for (let step = undo(h); step; step = undo(h)) {
      undone.push(step.entry);
      h = step.history;
    }
    expect(undone).toEqual([c, b, a]);
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(true);
  });

  it('redoes in the order the changes were made', () => {
    let h = recordAll([a, b, c]);
    h = undo(undo(undo(h)!.history)!.history)!.history;
    const redone: Change[] = [];
    for (let step = redo(h); step; step = redo(h)) {
      redone.push(step.entry);
      h = step.history;
    }
    expect(redone).toEqual([a, b, c]);
    expect(h).toEqual({ past: [a, b, c], future: [] });
  });

  it('redoes the most recently undone change after a partial undo', () => {
    const h = undo(undo(recordAll([a, b, c]))!.history)!.history;
    expect(redo(h)?.entry).toBe(b);
  });

  it('clears what could be redone when a new change is recorded', () => {
    const afterUndo = undo(recordAll([a, b]))!.history;
    expect(canRedo(afterUndo)).toBe(true);
    const h = record(afterUndo, c);
    expect(h).toEqual({ past: [a, c], future: [] });
    expect(redo(h)).toBeNull();
  });

  it('keeps only the newest entries up to the limit (100 by default)', () => {
    const many = Array.from({ length: 105 }, (_, i) => i);
    const h = recordAll(many);
    expect(h.past).toHaveLength(100);
    expect(h.past[0]).toBe(5);
    expect(recordAll([a, b, c], 2).past).toEqual([b, c]);
    expect(recordAll([a, b, c], 0).past).toEqual([]);
  });

  it('never changes the history it is given', () => {
    const h = recordAll([a, b]);
    const copy = structuredClone(h);
    record(h, c);
    undo(h);
    redo(undo(h)!.history);
    expect(h).toEqual(copy);
  });

  it('gets back the same history from undo then redo, for any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), fc.nat(), (entries, back) => {
        let h = recordAll(entries);
        const steps = (back % entries.length) + 1;
        for (let i = 0; i < steps; i++) h = undo(h)!.history;
        for (let i = 0; i < steps; i++) h = redo(h)!.history;
        expect(h).toEqual({ past: entries, future: [] });
      }),
    );
  });
});
