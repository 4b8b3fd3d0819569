import { topologicalOrder } from './graph';
import { ownValue } from './own-value';
import type { Plan } from './plan';
import type { Topic, TopicId } from './roadmap';
import type { LoggedSession } from './schedule-types';
import { isFinished } from './topic-status';

/**
 * Minutes still to study per open topic (not done or skipped): its estimate (an override
 * first) less the minutes logged done on it (and missed ones awaiting a replan).
 */
export function remainingMinutes(
  topics: readonly Topic[],
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

/**
 * Open topics in study order: topological over open prerequisites (done ones need no
 * waiting), with the lowest phase and then the roadmap position winning every tie.
 */
export function studyOrder(topics: readonly Topic[], remaining: ReadonlyMap<TopicId, number>): TopicId[] {
  // Sections outside any phase (phase 0) come after the phases.
  const rank = (topic: Topic) => (topic.phaseNumber > 0 ? topic.phaseNumber : Number.MAX_SAFE_INTEGER);
  const open = topics
    .map((topic, index) => ({ topic, index }))
    .filter(({ topic }) => remaining.has(topic.id))
    .sort((a, b) => rank(a.topic) - rank(b.topic) || a.index - b.index)
    .map(({ topic }) => topic);
  const needs = new Map(open.map((topic) => [topic.id, topic.prerequisites.filter((p) => remaining.has(p))]));
  return topologicalOrder(
    open.map((topic) => topic.id),
    needs,
  );
}
