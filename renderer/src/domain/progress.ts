import type { Roadmap, Topic, TopicId, TopicStatus } from './roadmap';
import { isFinished } from './topic-status';

/**
 * The user's marks on a roadmap, as the storage layer hands them over. A topic missing
 * from `statuses` is `todo`; one missing from `checkedItems` has nothing ticked. Keeping
 * "missing" meaningful lets storage keep only the rows the user has touched.
 */
export type TopicProgressInput = {
  statuses: ReadonlyMap<TopicId, TopicStatus>;
  /** Ids of the ticked checklist items per topic (`ChecklistItem.id`). */
  checkedItems: ReadonlyMap<TopicId, ReadonlySet<string>>;
};

/**
 * The state the graph shows for a topic: its status, except that a `todo` topic is split
 * into `ready` (every prerequisite done or skipped, or none) and `locked` (some still open).
 */
export type TopicState = 'done' | 'doing' | 'skipped' | 'ready' | 'locked';

/** Progress of a group of topics (a section, a phase or the whole roadmap). */
export type Rollup = {
  /** Topics that are part of the work: every topic except skipped ones. */
  topics: number;
  doneTopics: number;
  /** Estimated hours of the topics counted in `topics`. */
  hours: number;
  /** Hours of done topics, plus the ticked share of each in-progress topic's estimate. */
  doneHours: number;
  /** `doneTopics / topics` in percent, one decimal; 0 when there are no topics; under 100 until all are done. */
  percentTopics: number;
  /** `doneHours / hours` in percent, one decimal; 0 when there are no hours; under 100 until all are done. */
  percentHours: number;
};

/** Overall progress and its break-down by phase number and by section number. */
export type Progress = {
  overall: Rollup;
  /** Keyed by `Phase.number`, in roadmap order. */
  phases: Map<number, Rollup>;
  /** Keyed by `Section.number`, in roadmap order. */
  sections: Map<number, Rollup>;
};

/** What ticking or un-ticking a checklist item suggests for the topic's status. */
export type TickOutcome = {
  status: TopicStatus;
  /** Every item is ticked but the topic is not done: the UI asks whether to mark it done. */
  offerDone: boolean;
};

/** The status of a topic, `todo` when nothing is stored for it. */
function statusOf(statuses: ReadonlyMap<TopicId, TopicStatus>, id: TopicId): TopicStatus {
  return statuses.get(id) ?? 'todo';
}

/**
 * The graph state of every topic, keyed by topic id in roadmap order. Only statuses
 * matter: ticked items move a topic to `doing` through its status, not by themselves.
 */
export function topicStates(
  roadmap: Pick<Roadmap, 'topics' | 'topicsById'>,
  input: Pick<TopicProgressInput, 'statuses'>,
): Map<TopicId, TopicState> {
  const states = new Map<TopicId, TopicState>();
  for (const topic of roadmap.topics) {
    const status = statusOf(input.statuses, topic.id);
    if (status !== 'todo') {
      states.set(topic.id, status);
      continue;
    }
    // A prerequisite the roadmap does not know cannot be learned here, so it cannot block
    // (a validated roadmap has none; this keeps hand-made test roadmaps honest).
    const open = topic.prerequisites.some(
      (pre) => roadmap.topicsById.has(pre) && !isFinished(statusOf(input.statuses, pre)),
    );
    states.set(topic.id, open ? 'locked' : 'ready');
  }
  return states;
}

/**
 * Every prerequisite of a topic, transitively, that is neither done nor skipped, in
 * roadmap order: what "mark done" offers to mark done too. The walk passes through
 * settled topics, so an open topic behind a done one is still offered; it never returns
 * the topic itself or a topic twice, and a cycle cannot make it loop.
 */
export function openPrerequisites(
  roadmap: Pick<Roadmap, 'topics' | 'topicsById'>,
  topicId: TopicId,
  statuses: ReadonlyMap<TopicId, TopicStatus>,
): TopicId[] {
  const seen = new Set<TopicId>([topicId]);
  // An explicit stack instead of recursion: long chains must not overflow the call stack.
  const stack: TopicId[] = [...(roadmap.topicsById.get(topicId)?.prerequisites ?? [])];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    const topic = roadmap.topicsById.get(id);
    if (!topic) continue;
    seen.add(id);
    stack.push(...topic.prerequisites);
  }
  // Filtering the roadmap's own list gives roadmap order without sorting.
  return roadmap.topics
    .filter((t) => t.id !== topicId && seen.has(t.id) && !isFinished(statusOf(statuses, t.id)))
    .map((t) => t.id);
}

/** How many of a topic's checklist items are ticked; stale ids from older content are ignored. */
function tickedCount(topic: Pick<Topic, 'items'>, checked: ReadonlySet<string> | undefined): number {
  if (!checked || checked.size === 0) return 0;
  let count = 0;
  for (const item of topic.items) if (checked.has(item.id)) count++;
  return count;
}

/**
 * The ticked share of a topic's checklist, 0–1. A topic without items has share 0: there
 * is nothing to measure, and its status alone says whether it is done.
 */
export function itemShare(topic: Pick<Topic, 'items'>, checked: ReadonlySet<string> | undefined): number {
  return topic.items.length === 0 ? 0 : tickedCount(topic, checked) / topic.items.length;
}

function emptyTally(): Rollup {
  return { topics: 0, doneTopics: 0, hours: 0, doneHours: 0, percentTopics: 0, percentHours: 0 };
}

/** The most an unfinished roll-up shows: below what rounds to 100 %. */
const UNFINISHED_CAP = 99;

/** Percent with one decimal, 0 for an empty denominator, never outside 0–100. */
function percent(part: number, whole: number): number {
  if (!(whole > 0)) return 0;
  const value = Math.round((part / whole) * 1000) / 10;
  return Math.min(100, Math.max(0, value));
}

/**
 * Progress overall, per phase and per section. A done topic counts fully; a skipped one
 * is not part of the work, so it is left out of both sides of every ratio; an in-progress
 * topic adds the ticked share of its estimate to `doneHours` but is not a done topic; a
 * `todo` topic counts nothing done, even with items ticked (its status says it has not
 * started). Every phase and section of the roadmap gets an entry, empty ones too.
 */
export function progressOf(
  roadmap: Pick<Roadmap, 'phases' | 'sections' | 'topics'>,
  input: TopicProgressInput,
): Progress {
  const overall = emptyTally();
  const phases = new Map<number, Rollup>(roadmap.phases.map((p) => [p.number, emptyTally()]));
  const sections = new Map<number, Rollup>(roadmap.sections.map((s) => [s.number, emptyTally()]));
  const tallyOf = (map: Map<number, Rollup>, key: number): Rollup => {
    let tally = map.get(key);
    if (!tally) map.set(key, (tally = emptyTally()));
    return tally;
  };
  for (const topic of roadmap.topics) {
    const status = statusOf(input.statuses, topic.id);
    if (status === 'skipped') continue;
    const done = status === 'done';
    const doneHours = done
      ? topic.estimateHours
      : status === 'doing'
        ? topic.estimateHours * itemShare(topic, input.checkedItems.get(topic.id))
        : 0;
    for (const tally of [
      overall,
      tallyOf(phases, topic.phaseNumber),
      tallyOf(sections, topic.sectionNumber),
    ]) {
      tally.topics += 1;
      tally.hours += topic.estimateHours;
      if (done) tally.doneTopics += 1;
      tally.doneHours += doneHours;
    }
  }
  for (const tally of [overall, ...phases.values(), ...sections.values()]) {
    // 100 % means finished: while a topic is open neither share may round up to it (a topic
    // in progress with every sub-point ticked, or 199 of 200 topics done).
    const cap = tally.doneTopics < tally.topics ? UNFINISHED_CAP : 100;
    tally.percentTopics = Math.min(cap, percent(tally.doneTopics, tally.topics));
    tally.percentHours = Math.min(cap, percent(tally.doneHours, tally.hours));
  }
  return { overall, phases, sections };
}

/**
 * The status a topic should have after one of its checklist items was ticked or
 * un-ticked. Ticking into a `todo` topic starts it (`doing`); once every item is ticked
 * and the topic is not done, `offerDone` asks the UI to propose "done" rather than
 * deciding for the user. Un-ticking never changes the status: a half-learned topic stays
 * where the user put it. Pass `checkedBefore` so an un-tick is recognised as one; without
 * it the change is taken to be a tick.
 */
export function statusAfterTick(
  topic: Pick<Topic, 'items'>,
  currentStatus: TopicStatus,
  checkedAfter: ReadonlySet<string>,
  checkedBefore?: ReadonlySet<string>,
): TickOutcome {
  const after = tickedCount(topic, checkedAfter);
  const isTick = checkedBefore === undefined || after > tickedCount(topic, checkedBefore);
  if (!isTick) return { status: currentStatus, offerDone: false };
  const status = currentStatus === 'todo' && after > 0 ? 'doing' : currentStatus;
  const allTicked = topic.items.length > 0 && after === topic.items.length;
  return { status, offerDone: allTicked && status !== 'done' };
}
