import { formatHours, formatShortDay, minutesToHours, pathTo } from '../../domain';
import type { ScheduledSession, Topic, TopicId, TopicStatus } from '../../domain';

/** What stands before a goal topic in the plan. */
export type GoalSummary = {
  /** Open prerequisites, direct or not (the goal itself not counted). */
  topics: number;
  /** Their planned minutes still to study. */
  minutes: number;
  /** The day of their last planned session; null when none is planned. */
  readyBy: string | null;
};

/** The goal's open prerequisite chain, its planned time and when the plan has it done. */
export function goalSummary(
  roadmap: { topics: readonly Pick<Topic, 'id' | 'prerequisites' | 'estimateHours'>[] },
  statuses: ReadonlyMap<TopicId, TopicStatus>,
  goal: TopicId,
  sessions: readonly ScheduledSession[],
): GoalSummary {
  const before = new Set(wayTo(roadmap, statuses, goal).ids);
  let minutes = 0;
  let readyBy: string | null = null;
  for (const session of sessions) {
    if (session.logged || !before.has(session.topicId)) continue;
    minutes += session.minutes;
    if (readyBy === null || session.date > readyBy) readyBy = session.date;
  }
  return { topics: before.size, minutes, readyBy };
}

/** `8 topics, 31 h before you can start this — ready by 14 Jan.` */
export function goalSentence({ topics, minutes, readyBy }: GoalSummary): string {
  if (topics === 0) return 'Nothing left before it: you can start it now.';
  const count = `${topics} topic${topics === 1 ? '' : 's'}`;
  if (minutes === 0) return `${count} to mark Done before you can start this: their planned time is logged.`;
  const ready = readyBy ? ` — ready by ${formatShortDay(readyBy)}` : '';
  return `${count}, ${formatHours(minutesToHours(minutes))} before you can start this${ready}.`;
}

/** What stands between the user and a topic that is not ready: its open prerequisites in study order. */
export type WayToTopic = { ids: TopicId[]; hours: number };

/** The topic's open prerequisites (`pathTo` without the topic itself) and their estimated hours. */
export function wayTo(
  roadmap: { topics: readonly Pick<Topic, 'id' | 'prerequisites' | 'estimateHours'>[] },
  statuses: ReadonlyMap<TopicId, TopicStatus>,
  topicId: TopicId,
): WayToTopic {
  const ids = pathTo(roadmap.topics, statuses, topicId).topics.filter((id) => id !== topicId);
  const estimates = new Map(roadmap.topics.map((t) => [t.id, t.estimateHours]));
  return { ids, hours: ids.reduce((sum, id) => sum + (estimates.get(id) ?? 0), 0) };
}

/** `8 topics, 31 h before you can start this.` */
export function waySentence({ ids, hours }: WayToTopic): string {
  return `${ids.length} topic${ids.length === 1 ? '' : 's'}, ${formatHours(hours)} before you can start this.`;
}
