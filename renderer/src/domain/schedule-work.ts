import { topologicalOrder } from './graph';
import { ownValue } from './own-value';
import type { Plan } from './plan';
import type { TopicId } from './roadmap';
import type { LoggedSession, SchedulingTopic } from './schedule-types';
import { isFinished } from './topic-status';

/**
 * Minutes still to study per open topic (not done or skipped): its estimate (an override
 * first) less the minutes logged done on it (and missed ones awaiting a replan).
 */
export function remainingMinutes(
  topics: readonly SchedulingTopic[],
  plan: Plan,
  log: readonly LoggedSession[],
): Map<TopicId, number> {
  const done = new Map<TopicId, number>();
  for (const entry of log) {
    // Missed work waiting for a replan counts as placed, so nothing moves before the replan.
    if (entry.outcome === 'done' || entry.awaitingReplan) {
      done.set(entry.topicId, (done.get(entry.topicId) ?? 0) + entry.minutes);
    }
  }
  const remaining = new Map<TopicId, number>();
  for (const topic of topics) {
    if (isFinished(ownValue(plan.statuses, topic.id) ?? 'todo')) continue;
    const estimate = ownValue(plan.estimates ?? {}, topic.id) ?? topic.estimateHours;
    remaining.set(topic.id, Math.max(0, Math.round(estimate * 60) - (done.get(topic.id) ?? 0)));
  }
  return remaining;
}

/** Open topics' precedence: the goal's closure first, then phases in order (no phase last). */
export function precedenceGroups(
  topics: readonly SchedulingTopic[],
  remaining: ReadonlyMap<TopicId, number>,
  goal: TopicId | undefined,
): Map<TopicId, number> {
  const closure = goalClosure(topics, remaining, goal);
  const groups = new Map<TopicId, number>();
  for (const topic of topics) {
    if (!remaining.has(topic.id)) continue;
    const phase = topic.phaseNumber > 0 ? topic.phaseNumber : NO_PHASE;
    groups.set(topic.id, (closure.has(topic.id) ? 0 : GOAL_LAST) + phase);
  }
  return groups;
}

const NO_PHASE = 100_000;
const GOAL_LAST = 1_000_000;

/** The goal and its open prerequisites, transitively through open topics only. */
export function goalClosure(
  topics: readonly Pick<SchedulingTopic, 'id' | 'prerequisites'>[],
  open: ReadonlyMap<TopicId, unknown>,
  goal: TopicId | undefined,
): Set<TopicId> {
  const closure = new Set<TopicId>();
  if (goal === undefined || !open.has(goal)) return closure;
  const byId = new Map(topics.map((t) => [t.id, t]));
  const stack = [goal];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (closure.has(id) || !open.has(id)) continue;
    closure.add(id);
    stack.push(...(byId.get(id)?.prerequisites ?? []));
  }
  return closure;
}

/**
 * Open topics in study order: topological over open prerequisites (done ones need no
 * waiting), with the lower precedence group (the goal's closure, then the lowest phase) and
 * then the roadmap position winning every tie.
 */
export function studyOrder(
  topics: readonly SchedulingTopic[],
  remaining: ReadonlyMap<TopicId, number>,
  groups: ReadonlyMap<TopicId, number> = precedenceGroups(topics, remaining, undefined),
): TopicId[] {
  const open = topics
    .map((topic, index) => ({ topic, index }))
    .filter(({ topic }) => remaining.has(topic.id))
    .sort((a, b) => groups.get(a.topic.id)! - groups.get(b.topic.id)! || a.index - b.index)
    .map(({ topic }) => topic);
  return topologicalOrder(
    open.map((topic) => topic.id),
    openPrerequisites(open, remaining),
  );
}

/** Each open topic's open prerequisites. */
export function openPrerequisites(
  topics: readonly SchedulingTopic[],
  remaining: ReadonlyMap<TopicId, number>,
): Map<TopicId, TopicId[]> {
  return new Map(
    topics
      .filter((topic) => remaining.has(topic.id))
      .map((topic) => [topic.id, topic.prerequisites.filter((p) => remaining.has(p))]),
  );
}
