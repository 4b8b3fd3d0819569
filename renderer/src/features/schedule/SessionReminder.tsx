import { useEffect } from 'react';
import { reviewSessionTitle, sessionClockSpan } from '../../domain';
import type { Roadmap, Schedule } from '../../domain';
import { platform } from '../../platform';
import { SETTING_KEYS, useActionChannel, useFlag } from '../../storage';

type Props = { roadmap: Roadmap; schedule: Schedule | null; today: string };

/**
 * When the reminder is on (`useReminderSetting`), a system notification as today's first
 * planned session begins ("Time to study: Routing Basics, part 2 of 3, 19:00–20:00"), or the
 * day's review when it comes first ("Time to review: Review · 2 topics · 30 min, 19:00–19:30").
 * Only the first of the day: one nudge, not a stream of them. Draws nothing.
 */
export function SessionReminder({ roadmap, schedule, today }: Props) {
  const channel = useActionChannel();
  const remind = useFlag(channel.db, SETTING_KEYS.remindFirstSession);
  const first = schedule?.sessions.find((s) => s.date === today);
  const review = schedule?.reviews.find((r) => r.date === today);
  // Reviews come at the start of the day's study time: usually before its first session.
  const reviewFirst = review !== undefined && (!first || Date.parse(review.start) <= Date.parse(first.start));
  let at: number | null = null;
  let title = '';
  let body = '';
  if (review && reviewFirst) {
    at = Date.parse(review.start);
    title = 'Time to review';
    body = `${reviewSessionTitle(review)}, ${sessionClockSpan(review)}`;
  } else if (first) {
    const topic = roadmap.topicsById.get(first.topicId)?.title ?? first.topicId;
    const part = first.parts > 1 ? `, part ${first.part} of ${first.parts}` : '';
    // The schedule is planned again every minute; the timer depends only on what it announces.
    at = first.logged ? null : Date.parse(first.start);
    title = 'Time to study';
    body = `${topic}${part}, ${sessionClockSpan(first)}`;
  }
  useEffect(() => {
    if (!remind || at === null) return;
    const wait = at - Date.now();
    if (wait < 0) return;
    const timer = setTimeout(() => {
      void platform.notify({ title, body });
    }, wait);
    return () => clearTimeout(timer);
  }, [remind, at, title, body]);
  return null;
}
