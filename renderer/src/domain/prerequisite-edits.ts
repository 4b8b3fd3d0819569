import { edgesOf } from './graph';
import { inMessage } from './message-text';
import { NO_PREREQUISITE_EDITS, prerequisiteEditCount } from './prerequisite-edit-list';
import type { PrerequisiteEdits } from './prerequisite-edit-list';
import type { Prerequisite, Roadmap, Section, Topic, TopicId } from './roadmap';

export { NO_PREREQUISITE_EDITS, prerequisiteEditCount };
export type { PrerequisiteEdits };

/**
 * The roadmap with the user's edits: the source's prerequisites minus `removed`, then `added`
 * in the order they were made. Edits naming a topic the roadmap no longer has (after a
 * re-import) are ignored, and so is an addition that is no longer valid (a later phase, or a
 * cycle with what came before it), so the result is always as valid as a built roadmap. Only
 * topics (and sections) that change are new objects; with nothing to change, it is `roadmap`.
 */
export function applyPrerequisiteEdits(roadmap: Roadmap, edits: PrerequisiteEdits): Roadmap {
  if (edits.added.length === 0 && edits.removed.length === 0) return roadmap;
  const needs = new Map<TopicId, readonly TopicId[]>(roadmap.topics.map((t) => [t.id, t.prerequisites]));
  for (const { from, to } of edits.removed) {
    const pres = needs.get(to);
    if (pres?.includes(from))
      needs.set(
        to,
        pres.filter((pre) => pre !== from),
      );
  }
  const topicOf = (id: TopicId) => roadmap.topicsById.get(id);
  const needsOf = (id: TopicId) => needs.get(id) ?? [];
  for (const { from, to } of edits.added) {
    if (refusal(topicOf, needsOf, from, to) === null) needs.set(to, [...needsOf(to), from]);
  }
  const changed = new Map<TopicId, Topic>();
  for (const topic of roadmap.topics) {
    const pres = needs.get(topic.id)!;
    if (pres !== topic.prerequisites) changed.set(topic.id, { ...topic, prerequisites: [...pres] });
  }
  if (changed.size === 0) return roadmap;
  const topics = roadmap.topics.map((topic) => changed.get(topic.id) ?? topic);
  const sections = roadmap.sections.map((section): Section =>
    section.topics.some((topic) => changed.has(topic.id))
      ? { ...section, topics: section.topics.map((topic) => changed.get(topic.id) ?? topic) }
      : section,
  );
  return {
    ...roadmap,
    sections,
    topics,
    topicsById: new Map(topics.map((topic) => [topic.id, topic])),
    edges: edgesOf(topics),
  };
}

/**
 * Why topic `to` cannot need topic `from` in `roadmap` (the roadmap as the user sees it, edits
 * applied), in words for the user; `null` when it can. Refused: a topic needing itself, a
 * prerequisite it already has, one from a later phase, and one that closes a cycle (named by
 * the shortest chain of arrows from `to` to `from`, in the graph's direction).
 */
export function checkNewPrerequisite(
  roadmap: Pick<Roadmap, 'topicsById'>,
  from: TopicId,
  to: TopicId,
): string | null {
  const topicOf = (id: TopicId) => roadmap.topicsById.get(id);
  return refusal(topicOf, (id) => topicOf(id)?.prerequisites ?? [], from, to);
}

/**
 * The edits with prerequisite `p` drawn: a removal of it is cancelled; otherwise it is added,
 * unless `source` (the roadmap as imported, without edits) already has it. `edits` itself when
 * nothing changes. The source is needed because, after a re-import, a prerequisite the user
 * removed may have left the source, and then drawing it again must add it.
 */
export function withPrerequisite(
  edits: PrerequisiteEdits,
  p: Prerequisite,
  source: Pick<Roadmap, 'topicsById'>,
): PrerequisiteEdits {
  const removed = edits.removed.filter((r) => !same(r, p));
  const add = !inSource(source, p) && !edits.added.some((a) => same(a, p));
  if (!add && removed.length === edits.removed.length) return edits;
  return { added: add ? [...edits.added, { from: p.from, to: p.to }] : edits.added, removed };
}

/**
 * The edits with prerequisite `p` deleted: an addition of it is dropped; if `source` (the
 * roadmap as imported, without edits) has it, its removal is recorded. `edits` itself when
 * nothing changes. The source is needed because, after a re-import, a prerequisite the user
 * added may have come into the source, and then deleting it must remove that one too.
 */
export function withoutPrerequisite(
  edits: PrerequisiteEdits,
  p: Prerequisite,
  source: Pick<Roadmap, 'topicsById'>,
): PrerequisiteEdits {
  const added = edits.added.filter((a) => !same(a, p));
  const remove = inSource(source, p) && !edits.removed.some((r) => same(r, p));
  if (!remove && added.length === edits.added.length) return edits;
  return { added, removed: remove ? [...edits.removed, { from: p.from, to: p.to }] : edits.removed };
}

const same = (a: Prerequisite, b: Prerequisite) => a.from === b.from && a.to === b.to;

const inSource = (source: Pick<Roadmap, 'topicsById'>, p: Prerequisite) =>
  source.topicsById.get(p.to)?.prerequisites.includes(p.from) ?? false;

const quote = (topic: Topic) => `“${inMessage(topic.title)}”`;

type TopicOf = (id: TopicId) => Topic | undefined;
type NeedsOf = (id: TopicId) => readonly TopicId[];

/** `checkNewPrerequisite` over prerequisites that may differ from the topics' own. */
function refusal(topicOf: TopicOf, needsOf: NeedsOf, from: TopicId, to: TopicId): string | null {
  const pre = topicOf(from);
  const topic = topicOf(to);
  if (!pre || !topic) return `“${inMessage(pre ? to : from)}” is not a topic of this roadmap`;
  if (from === to) return `${quote(topic)} cannot need itself`;
  if (needsOf(to).includes(from)) return `${quote(topic)} already needs ${quote(pre)}`;
  const cannot = `${quote(topic)} cannot need ${quote(pre)}`;
  if (pre.phaseNumber > topic.phaseNumber && topic.phaseNumber > 0)
    return `${cannot}: it is in phase ${topic.phaseNumber} and ${quote(pre)} in phase ${pre.phaseNumber}; a topic can only need topics of its own phase or an earlier one`;
  const chain = needsChain(needsOf, from, to);
  if (chain) return `${cannot}: ${quote(pre)} already needs ${quote(topic)} (${chainText(topicOf, chain)})`;
  return null;
}

/**
 * The shortest chain by which `start` needs `goal` (breadth first), listed from `goal` to
 * `start` as the graph's arrows run; null when `start` does not need `goal`.
 */
function needsChain(needsOf: NeedsOf, start: TopicId, goal: TopicId): TopicId[] | null {
  const cameFrom = new Map<TopicId, TopicId | null>([[start, null]]);
  for (let queue = [start]; queue.length > 0;) {
    const next: TopicId[] = [];
    for (const id of queue) {
      for (const pre of needsOf(id)) {
        if (cameFrom.has(pre)) continue;
        cameFrom.set(pre, id);
        if (pre === goal) {
          const chain = [goal];
          for (let at = cameFrom.get(goal) ?? null; at !== null; at = cameFrom.get(at) ?? null)
            chain.push(at);
          return chain;
        }
        next.push(pre);
      }
    }
    queue = next;
  }
  return null;
}

/** A chain of topics as arrows, short titles; a long one keeps its ends. */
function chainText(topicOf: TopicOf, chain: readonly TopicId[]): string {
  const title = (id: TopicId) => inMessage(topicOf(id)?.title ?? id, 40);
  if (chain.length <= MAX_CHAIN) return chain.map(title).join(' → ');
  const hidden = chain.length - 4;
  return [...chain.slice(0, 2).map(title), `… ${hidden} more …`, ...chain.slice(-2).map(title)].join(' → ');
}

const MAX_CHAIN = 8;
