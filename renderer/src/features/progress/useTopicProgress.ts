import { useCallback, useEffect, useMemo, useState } from 'react';
import { openPrerequisites, progressOf, statusAfterTick, statusLabel, topicStates } from '../../domain';
import type { Progress, Roadmap, TopicId, TopicState, TopicStatus } from '../../domain';
import { setNoteText, setProgress, useActionChannel, useProgress, warmUpWrites } from '../../storage';
import type { ProgressChange, TopicStatusChange } from '../../storage';

const NO_STATUSES: ReadonlyMap<TopicId, TopicStatus> = new Map();
const NO_CHECKED: ReadonlyMap<TopicId, ReadonlySet<string>> = new Map();
const NO_NOTES: ReadonlyMap<TopicId, string> = new Map();

/** Changes shown before storage reports them back, valid only against the result they were made on. */
type Pending = { basedOn: unknown; change: ProgressChange };
const NO_PENDING: Pending = { basedOn: null, change: { statuses: [], items: [] } };

/** Done asked for while prerequisites are open: the user chooses what to mark. */
export type CascadeRequest = { topicId: TopicId; open: TopicId[] };

export type TopicProgress = {
  loaded: boolean;
  statuses: ReadonlyMap<TopicId, TopicStatus>;
  checkedItems: ReadonlyMap<TopicId, ReadonlySet<string>>;
  states: ReadonlyMap<TopicId, TopicState>;
  notes: ReadonlyMap<TopicId, string>;
  withNotes: ReadonlySet<TopicId>;
  rollups: Progress;
  /** Percent of hours done per section number. */
  sectionPercent: ReadonlyMap<number, number>;
  /** Sets a status; Done with open prerequisites asks first (`cascade`). Un-marking never cascades. */
  requestStatus: (topicId: TopicId, status: TopicStatus) => void;
  /** Writes statuses as they are, in one step. */
  setStatuses: (changes: readonly TopicStatusChange[]) => void;
  cascade: CascadeRequest | null;
  closeCascade: () => void;
  toggleItem: (topicId: TopicId, itemId: string, checked: boolean) => void;
  /** The topic whose every sub-point was just ticked: offer to mark it Done. */
  offerDoneFor: TopicId | null;
  setNote: (topicId: TopicId, text: string) => void;
};

/** The user's progress on a roadmap, live from storage, and the ways to change it. */
export function useTopicProgress(roadmap: Roadmap): TopicProgress {
  const channel = useActionChannel();
  const stored = useProgress(channel.db, roadmap.id);
  const [pending, setPending] = useState<Pending>(NO_PENDING);
  const [cascade, setCascade] = useState<CascadeRequest | null>(null);
  const [offerDoneFor, setOfferDoneFor] = useState<TopicId | null>(null);
  // Effects run after the first paint: the writing code loads then, not at the first click.
  useEffect(warmUpWrites, []);

  // A click shows at once, before the live query reports the write back; the next result
  // from storage already includes it.
  const current = pending.basedOn === stored ? pending.change : NO_PENDING.change;
  const statuses = useMemo(() => {
    const base = nonEmpty(stored?.statuses) ?? NO_STATUSES;
    return current.statuses.length === 0
      ? base
      : new Map([...base, ...current.statuses.map((c) => [c.topicId, c.status] as const)]);
  }, [stored, current]);
  const checkedItems = useMemo(() => {
    const base = nonEmpty(stored?.checkedItems) ?? NO_CHECKED;
    if (current.items.length === 0) return base;
    const merged = new Map([...base].map(([id, set]) => [id, new Set(set)]));
    for (const { topicId, itemId, checked } of current.items) {
      const set = merged.get(topicId) ?? new Set<string>();
      if (checked) set.add(itemId);
      else set.delete(itemId);
      merged.set(topicId, set);
    }
    return merged;
  }, [stored, current]);
  const notes = nonEmpty(stored?.notes) ?? NO_NOTES;
  const states = useMemo(() => topicStates(roadmap, { statuses }), [roadmap, statuses]);
  const withNotes = useMemo(() => new Set(notes.keys()), [notes]);
  const rollups = useMemo(
    () => progressOf(roadmap, { statuses, checkedItems }),
    [roadmap, statuses, checkedItems],
  );
  const sectionPercent = useMemo(
    () => new Map([...rollups.sections].map(([number, rollup]) => [number, rollup.percentHours])),
    [rollups],
  );

  const title = useCallback((id: TopicId) => roadmap.topicsById.get(id)?.title ?? id, [roadmap]);

  const write = useCallback(
    (change: ProgressChange, text: string) => {
      if (change.statuses.length + change.items.length === 0) return;
      setPending({ basedOn: stored, change });
      void channel.run(setProgress(roadmap.id, change, text)).then((done) => {
        if (!done) setPending(NO_PENDING);
      });
    },
    [channel, roadmap.id, stored],
  );

  const setStatuses = useCallback(
    (changes: readonly TopicStatusChange[]) => {
      const real = changes.filter((c) => (statuses.get(c.topicId) ?? 'todo') !== c.status);
      const last = real.at(-1);
      if (!last) return;
      const text =
        real.length === 1
          ? `Marked “${title(last.topicId)}” ${statusLabel(last.status).toLowerCase()}.`
          : `Marked ${real.length} topics ${statusLabel(last.status).toLowerCase()}.`;
      write({ statuses: real, items: [] }, text);
    },
    [statuses, title, write],
  );

  const requestStatus = useCallback(
    (topicId: TopicId, status: TopicStatus) => {
      setOfferDoneFor(null);
      const open = status === 'done' ? openPrerequisites(roadmap, topicId, statuses) : [];
      if (open.length > 0) setCascade({ topicId, open });
      else setStatuses([{ topicId, status }]);
    },
    [roadmap, statuses, setStatuses],
  );

  const toggleItem = useCallback(
    (topicId: TopicId, itemId: string, checked: boolean) => {
      const topic = roadmap.topicsById.get(topicId);
      if (!topic) return;
      const before = checkedItems.get(topicId) ?? new Set<string>();
      const after = new Set(before);
      if (checked) after.add(itemId);
      else after.delete(itemId);
      const status = statuses.get(topicId) ?? 'todo';
      const outcome = statusAfterTick(topic, status, after, before);
      const item = topic.items.find((i) => i.id === itemId)?.text ?? itemId;
      write(
        {
          statuses: outcome.status === status ? [] : [{ topicId, status: outcome.status }],
          items: [{ topicId, itemId, checked }],
        },
        `${checked ? 'Ticked' : 'Unticked'} “${item}”.`,
      );
      setOfferDoneFor(outcome.offerDone ? topicId : null);
    },
    [roadmap, checkedItems, statuses, write],
  );

  const setNote = useCallback(
    (topicId: TopicId, text: string) =>
      void channel.run(setNoteText(roadmap.id, topicId, text, title(topicId))),
    [channel, roadmap.id, title],
  );

  return {
    loaded: stored !== undefined,
    statuses,
    checkedItems,
    states,
    notes,
    withNotes,
    rollups,
    sectionPercent,
    requestStatus,
    setStatuses,
    cascade,
    closeCascade: () => setCascade(null),
    toggleItem,
    offerDoneFor,
    setNote,
  };
}

/**
 * A stored map, or undefined when it is empty: the empty constants keep their identity, so
 * the first (empty) answer from storage does not redraw every node of the graph.
 */
function nonEmpty<K, V>(map: ReadonlyMap<K, V> | undefined): ReadonlyMap<K, V> | undefined {
  return map && map.size > 0 ? map : undefined;
}
