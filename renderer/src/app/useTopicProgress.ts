import { useCallback, useMemo, useState } from 'react';
import { statusAfterTick, topicStates } from '../domain';
import type { Roadmap, TopicId, TopicState, TopicStatus } from '../domain';
import { describeStorageError, setItemChecked, setNote, setTopicStatuses, useProgress } from '../storage';
import type { PlannerDatabase, Progress, TopicStatusChange } from '../storage';

const NO_STATUSES: ReadonlyMap<TopicId, TopicStatus> = new Map();
const NO_CHECKED: ReadonlyMap<TopicId, ReadonlySet<string>> = new Map();
const NO_NOTES: ReadonlyMap<TopicId, string> = new Map();

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
};

/** The user's progress on a roadmap, live from storage, with the ways to change it. */
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
  const pendingStatuses = current.statuses;
  const pendingChecks = current.checks;
  const statuses = useMemo(
    () => (pendingStatuses.size === 0 ? stored : new Map([...stored, ...pendingStatuses])),
    [stored, pendingStatuses],
  );
  const checkedItems = useMemo(() => {
    if (pendingChecks.size === 0) return storedChecked;
    const merged = new Map<TopicId, Set<string>>([...storedChecked].map(([id, set]) => [id, new Set(set)]));
    for (const [key, checked] of pendingChecks) {
      const [topicId, itemId] = splitItemKey(key);
      const set = merged.get(topicId) ?? new Set<string>();
      if (checked) set.add(itemId);
      else set.delete(itemId);
      merged.set(topicId, set);
    }
    return merged;
  }, [storedChecked, pendingChecks]);
  const states = useMemo(
    () => (roadmap ? topicStates(roadmap, { statuses }) : new Map<TopicId, TopicState>()),
    [roadmap, statuses],
  );
  const withNotes = useMemo(() => new Set(notes.keys()), [notes]);

  const report = useCallback((error: unknown) => onError(describeStorageError(error)), [onError]);
  const setStatuses = useCallback(
    (changes: readonly TopicStatusChange[]) => {
      if (!db || changes.length === 0) return;
      setPending((before) => {
        const base = before.basedOn === progress ? before : { ...NO_PENDING, basedOn: progress };
        const statuses = new Map([...base.statuses, ...changes.map((c) => [c.topicId, c.status] as const)]);
        return { ...base, statuses };
      });
      setTopicStatuses(db, roadmapId, changes).catch((error: unknown) => {
        setPending(NO_PENDING);
        report(error);
      });
    },
    [db, roadmapId, report, progress],
  );
  const toggleItem = useCallback(
    (topicId: TopicId, itemId: string, checked: boolean) => {
      const topic = roadmap?.topicsById.get(topicId);
      if (!db || !topic) return false;
      setPending((before) => {
        const base = before.basedOn === progress ? before : { ...NO_PENDING, basedOn: progress };
        return { ...base, checks: new Map([...base.checks, [itemKey(topicId, itemId), checked]]) };
      });
      setItemChecked(db, roadmapId, topicId, itemId, checked).catch((error: unknown) => {
        setPending(NO_PENDING);
        report(error);
      });
      const before = checkedItems.get(topicId) ?? new Set<string>();
      const after = new Set(before);
      if (checked) after.add(itemId);
      else after.delete(itemId);
      const current = statuses.get(topicId) ?? 'todo';
      const outcome = statusAfterTick(topic, current, after, before);
      if (outcome.status !== current) setStatuses([{ topicId, status: outcome.status }]);
      return outcome.offerDone;
    },
    [db, roadmap, roadmapId, checkedItems, statuses, setStatuses, report, progress],
  );

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
  };
}

const itemKey = (topicId: TopicId, itemId: string) => `${topicId}\u0000${itemId}`;
const splitItemKey = (key: string) => key.split('\u0000') as [TopicId, string];
