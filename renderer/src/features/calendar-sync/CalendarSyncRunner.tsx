import { useEffect, useMemo, useState } from 'react';
import type { Roadmap, Schedule } from '../../domain';
import { useActionChannel, useCalendarSync } from '../../storage';
import { SyncLoop } from './sync-loop';
import { useSyncStatus } from './sync-status';

type Props = { roadmap: Roadmap; schedule: Schedule | null; planId: string | null; timeZone: string };

/** A change to the plan is synced once it has settled this long. */
const AFTER_CHANGE_MS = 3_000;
/** While the app runs, the calendars are read this often (moves and new events come in). */
const EVERY_MS = 15 * 60_000;

/**
 * Keeps the calendar in step in the background (desktop): after each change to the plan
 * (debounced), every 15 minutes, and on "Sync now". Draws nothing.
 */
export function CalendarSyncRunner({ roadmap, schedule, planId, timeZone }: Props) {
  const channel = useActionChannel();
  const state = useCalendarSync(channel.db, roadmap.id);
  const { requested } = useSyncStatus();

  // What the calendar shows of the plan: a new schedule that moves nothing is not a change.
  const planKey = useMemo(
    () =>
      schedule
        ? JSON.stringify([
            schedule.sessions.map((s) => [s.id, s.start, s.end, s.logged ?? '']),
            schedule.milestones,
          ])
        : '',
    [schedule],
  );
  // A session deleted in the calendar and answered ("Plan it again") is a change too.
  const setup = state?.calendar
    ? JSON.stringify([
        state.calendar.url,
        state.busyCalendars,
        state.reminderMinutes,
        state.deleted.map((d) => d.uid),
      ])
    : '';
  const [loop] = useState(() => new SyncLoop());
  useEffect(() => {
    loop.use({ channel, roadmap, schedule, planId, timeZone, state, key: `${planKey}\n${setup}` });
  });
  useEffect(() => {
    if (planKey === '' || setup === '') return;
    const timer = setTimeout(() => void loop.sync(), AFTER_CHANGE_MS);
    return () => clearTimeout(timer);
  }, [planKey, setup, loop]);
  useEffect(() => {
    if (requested > 0) void loop.sync(true);
  }, [requested, loop]);
  useEffect(() => {
    const timer = setInterval(() => void loop.sync(true), EVERY_MS);
    return () => clearInterval(timer);
  }, [loop]);
  return null;
}
