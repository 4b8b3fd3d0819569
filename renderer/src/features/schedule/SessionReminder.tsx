import { useEffect } from 'react';
import { sessionClockSpan } from '../../domain';
import type { Roadmap, Schedule } from '../../domain';
import { platform } from '../../platform';
import { SETTING_KEYS, useActionChannel, useFlag } from '../../storage';

type Props = { roadmap: Roadmap; schedule: Schedule | null; today: string };

/**
 * When the reminder is on (`useReminderSetting`), a system notification as today's first
 * planned session begins ("Time to study: Routing Basics, part 2 of 3, 19:00–20:00"). Only
 * the first session of the day: one nudge, not a stream of them. Draws nothing.
 */
export function SessionReminder({ roadmap, schedule, today }: Props) {
  const channel = useActionChannel();
  const remind = useFlag(channel.db, SETTING_KEYS.remindFirstSession);
  const first = schedule?.sessions.find((s) => s.date === today);
  const title = first ? (roadmap.topicsById.get(first.topicId)?.title ?? first.topicId) : '';
  const part = first && first.parts > 1 ? `, part ${first.part} of ${first.parts}` : '';
  // The schedule is planned again every minute; the timer depends only on what it announces.
  const at = first && !first.logged ? Date.parse(first.start) : null;
  const body = first ? `${title}${part}, ${sessionClockSpan(first)}` : '';
  useEffect(() => {
    if (!remind || at === null) return;
    const wait = at - Date.now();
    if (wait < 0) return;
    const timer = setTimeout(() => {
      void platform.notify({ title: 'Time to study', body });
    }, wait);
    return () => clearTimeout(timer);
  }, [remind, at, body]);
  return null;
}
