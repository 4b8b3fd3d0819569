import { useEffect } from 'react';
import type { Roadmap, Schedule } from '../domain';
import { platform } from '../platform';

/**
 * When on, a system notification as today's first planned session begins ("Time to study:
 * Routing Basics, part 2 of 3, 19:00–20:00"). Only the first session of the day: one nudge,
 * not a stream of them.
 */
export function useSessionReminder(
  enabled: boolean,
  roadmap: Roadmap | null,
  schedule: Schedule | null,
  today: string,
): void {
  useEffect(() => {
    if (!enabled || !roadmap || !schedule) return;
    const first = schedule.sessions.find((s) => s.date === today);
    if (!first || first.logged) return;
    const wait = Date.parse(first.start) - Date.now();
    if (wait < 0) return;
    const title = roadmap.topicsById.get(first.topicId)?.title ?? first.topicId;
    const part = first.parts > 1 ? `, part ${first.part} of ${first.parts}` : '';
    const timer = setTimeout(() => {
      void platform.notify({
        title: 'Time to study',
        body: `${title}${part}, ${first.start.slice(11, 16)}–${first.end.slice(11, 16)}`,
      });
    }, wait);
    return () => clearTimeout(timer);
  }, [enabled, roadmap, schedule, today]);
}
