import { useCallback, useMemo, useState } from 'react';
import { canRedo, canUndo, emptyHistory, record, redo, statusAfterTick, topicStates, undo } from '../domain';
import type { History, Roadmap, TopicId, TopicState, TopicStatus } from '../domain';
import { applyProgressChanges, describeStorageError, setNote, useProgress } from '../storage';
import type { ItemCheckChange, PlannerDatabase, Progress, TopicStatusChange } from '../storage';

const NO_STATUSES: ReadonlyMap<TopicId, TopicStatus> = new Map();
const NO_CHECKED: ReadonlyMap<TopicId, ReadonlySet<string>> = new Map();
const NO_NOTES: ReadonlyMap<TopicId, string> = new Map();

/** One user action on statuses and ticks, with what was there before, so it can be undone. */
type Change = {
  statuses: { topicId: TopicId; before: TopicStatus; after: TopicStatus }[];
  items: { topicId: TopicId; itemId: string; before: boolean; after: boolean }[];
};

type Pending = {
  basedOn: Progress | undefined | null;
  statuses: ReadonlyMap<TopicId, TopicStatus>;
  checks: ReadonlyMap<string, boolean>;
};
const NO_PENDING: Pending = { basedOn: null, statuses: new Map(), checks: new Map() };

export type TopicProgress = {
  loaded: boolean;
  statuses: ReadonlyMap<TopicId, TopicStatus>;
  checkedItems: ReadonlyMap<TopicId, ReadonlySet<string>>;
  states: ReadonlyMap<TopicId, TopicState>;
  withNotes: ReadonlySet<TopicId>;
  notes: ReadonlyMap<TopicId, string>;
  setNote: (topicId: TopicId, text: string) => void;
  setStatuses: (changes: readonly TopicStatusChange[]) => void;
  /** Ticks or unticks a sub-point; returns whether to offer marking the topic Done. */
  toggleItem: (topicId: TopicId, itemId: string, checked: boolean) => boolean;
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
  /** Forgets undo steps: after a reset or an import they would refer to data that is gone. */
  clearHistory: () => void;
};

/** The user's progress on a roadmap, live from storage, with the ways to change and undo it. */
export function useTopicProgress(
  db: PlannerDatabase | null,
  roadmap: Roadmap | null,
  onError: (message: string) => void,
): TopicProgress {
  const roadmapId = roadmap?.id ?? '';
  const progress = useProgress(db, roadmapId);
  const stored = progress?.statuses ?? NO_STATUSES;
  const storedChecked = progress?.checkedItems ?? NO_CHECKED;
  const notes = progress?.notes ?? NO_NOTES;

  // Changes show at once, before the database's live query reports them back (a click must
  // not flick back for a frame). Pending values hold only against the stored result they were
  // made on: the next result from storage already includes them.
  const [pending, setPending] = useState<Pending>(NO_PENDING);
  const current = pending.basedOn === progress ? pending : NO_PENDING;
  const statuses = useMemo(
    () => (current.statuses.size === 0 ? stored : new Map([...stored, ...current.statuses])),
    [stored, current.statuses],
  );
  const checkedItems = useMemo(() => {
    if (current.checks.size === 0) return storedChecked;
    const merged = new Map<TopicId, Set<string>>([...storedChecked].map(([id, set]) => [id, new Set(set)]));
    for (const [key, checked] of current.checks) {
      const [topicId, itemId] = splitItemKey(key);
      const set = merged.get(topicId) ?? new Set<string>();
      if (checked) set.add(itemId);
      else set.delete(itemId);
      merged.set(topicId, set);
    }
    return merged;
  }, [storedChecked, current.checks]);
  const states = useMemo(
    () => (roadmap ? topicStates(roadmap, { statuses }) : new Map<TopicId, TopicState>()),
    [roadmap, statuses],
  );
  const withNotes = useMemo(() => new Set(notes.keys()), [notes]);
  const [history, setHistory] = useState<History<Change>>(emptyHistory);

  const report = useCallback((error: unknown) => onError(describeStorageError(error)), [onError]);

  /** Shows `values` at once and stores them in one transaction. */
  const write = useCallback(
    (values: { statuses: TopicStatusChange[]; items: ItemCheckChange[] }) => {
      if (!db || values.statuses.length + values.items.length === 0) return;
      setPending((before) => {
        const base = before.basedOn === progress ? before : { ...NO_PENDING, basedOn: progress };
        return {
          basedOn: base.basedOn,
          statuses: new Map([
            ...base.statuses,
            ...values.statuses.map((c) => [c.topicId, c.status] as const),
          ]),
          checks: new Map([
            ...base.checks,
            ...values.items.map((c) => [itemKey(c.topicId, c.itemId), c.checked] as const),
          ]),
        };
      });
      applyProgressChanges(db, roadmapId, values).catch((error: unknown) => {
        setPending(NO_PENDING);
        report(error);
      });
    },
    [db, roadmapId, progress, report],
  );

  const apply = useCallback(
    (change: Change, side: 'before' | 'after') =>
      write({
        statuses: change.statuses.map((c) => ({ topicId: c.topicId, status: c[side] })),
        items: change.items.map((c) => ({ topicId: c.topicId, itemId: c.itemId, checked: c[side] })),
      }),
    [write],
  );

  /** Does a user's change and remembers it for undo. */
  const perform = useCallback(
    (change: Change) => {
      if (change.statuses.length + change.items.length === 0) return;
      apply(change, 'after');
      setHistory((h) => record(h, change));
    },
    [apply],
  );

  const setStatuses = useCallback(
    (changes: readonly TopicStatusChange[]) =>
      perform({
        statuses: changes
          .map((c) => ({ topicId: c.topicId, before: statuses.get(c.topicId) ?? 'todo', after: c.status }))
          .filter((c) => c.before !== c.after),
        items: [],
      }),
    [perform, statuses],
  );

  const toggleItem = useCallback(
    (topicId: TopicId, itemId: string, checked: boolean) => {
      const topic = roadmap?.topicsById.get(topicId);
      if (!db || !topic) return false;
      const before = checkedItems.get(topicId) ?? new Set<string>();
      const after = new Set(before);
      if (checked) after.add(itemId);
      else after.delete(itemId);
      const status = statuses.get(topicId) ?? 'todo';
      const outcome = statusAfterTick(topic, status, after, before);
      perform({
        statuses: outcome.status === status ? [] : [{ topicId, before: status, after: outcome.status }],
        items: [{ topicId, itemId, before: before.has(itemId), after: checked }],
      });
      return outcome.offerDone;
    },
    [db, roadmap, checkedItems, statuses, perform],
  );

  const undoLast = useCallback(() => {
    const step = undo(history);
    if (!step) return;
    setHistory(step.history);
    apply(step.entry, 'before');
  }, [history, apply]);
  const redoLast = useCallback(() => {
    const step = redo(history);
    if (!step) return;
    setHistory(step.history);
    apply(step.entry, 'after');
  }, [history, apply]);

  const clearHistory = useCallback(() => setHistory(emptyHistory<Change>()), []);

  const setNoteText = useCallback(
    (topicId: TopicId, text: string) => {
      if (db) setNote(db, roadmapId, topicId, text).catch(report);
    },
    [db, roadmapId, report],
  );

  return {
    loaded: progress !== undefined,
    statuses,
    checkedItems,
    states,
    withNotes,
    notes,
    setNote: setNoteText,
    setStatuses,
    toggleItem,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    undo: undoLast,
    redo: redoLast,
    clearHistory,
  };
}

const itemKey = (topicId: TopicId, itemId: string) => `${topicId}\u0000${itemId}`;
const splitItemKey = (key: string) => key.split('\u0000') as [TopicId, string];
