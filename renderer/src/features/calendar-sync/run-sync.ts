import { icsUid, icsUidKey, mergeBusy, planCalendarEvents } from '../../domain';
import type { BusySpan, Roadmap, Schedule } from '../../domain';
import { honoursPins, samePins } from '../../domain/caldav-read';
import { syncCalendar } from '../../domain/caldav-sync';
import type { CalendarPin } from '../../domain/caldav-types';
import type { CalendarSyncApi } from '../../platform';
import { recordCalendarSync } from '../../storage';
import type { ActionChannel, CalendarSyncState, DeletedSession } from '../../storage';
import { showNotice } from '../../ui';

/** Everything one sync needs: the plan as the app shows it, and the stored sync state. */
export type SyncInputs = {
  /** What a sync needs of main: reading and writing calendars. */
  api: Pick<CalendarSyncApi, 'list' | 'write'>;
  channel: ActionChannel;
  roadmap: Roadmap;
  schedule: Schedule;
  planId: string;
  timeZone: string;
  state: CalendarSyncState;
  now: Date;
};

/** How a sync ended: written (`changes` events), or stopped to plan around new moves first. */
export type SyncRun = { ok: true; replanning: boolean; changes: number } | { ok: false; message: string };

/**
 * One sync of the app's plan with its calendar (issue 15 §2). The calendars are read first:
 * when they hold moves or busy time the plan does not know yet, those are stored and the sync
 * stops (the plan flows around them, then the runner syncs again); otherwise the plan's events
 * are written where they differ. A failed sync changes nothing stored.
 */
export async function runCalendarSync(inputs: SyncInputs): Promise<SyncRun> {
  const { api, channel, roadmap, schedule, planId, state, now } = inputs;
  const calendar = state.calendar;
  if (!calendar) return { ok: false, message: 'Choose the calendar to write study sessions to.' };
  const unpinned = new Set(state.unpinned);
  // Set by `desired` when the calendars hold what the plan does not know yet.
  const found: { news: { pins: CalendarPin[]; busy: BusySpan[] } | null } = { news: null };
  const result = await syncCalendar({
    transport: { list: (url) => api.list(url), write: (write) => api.write(write) },
    calendarUrl: calendar.url,
    busyUrls: state.busyCalendars.map((c) => c.url),
    planId,
    timeZone: inputs.timeZone,
    now,
    known: new Set([...state.known, ...state.deleted.map((d) => d.uid)]),
    released: new Set(state.unpinned.map((id) => icsUid(id, planId))),
    desired: (reading) => {
      const pins = reading.pins.filter((pin) => !unpinned.has(pin.id));
      const busy = mergeBusy(reading.busy);
      if (!samePins(pins, state.pins) || JSON.stringify(busy) !== JSON.stringify(state.busy)) {
        found.news = { pins, busy };
        return null;
      }
      // The schedule shown may not have caught up with the pins stored a moment ago.
      if (!honoursPins(schedule, pins)) return null;
      return planCalendarEvents({ roadmap, schedule, planId, reminderMinutes: state.reminderMinutes });
    },
  });
  if (!result.ok) return { ok: false, message: result.problem.message };
  const report = result.value;
  const seen = found.news;
  const title = (topicId: string) => roadmap.topicsById.get(topicId)?.title ?? topicId;
  if (seen) {
    await channel.run(recordCalendarSync(roadmap.id, (s) => ({ ...s, pins: seen.pins, busy: seen.busy })));
    const moved = seen.pins.filter((pin) => !state.pins.some((p) => p.id === pin.id));
    if (moved.length > 0) {
      showNotice(
        `${quoted(moved.map((p) => title(p.topicId)))} moved in your calendar: pinned there, the plan goes around it.`,
      );
    }
    return { ok: true, replanning: true, changes: 0 };
  }
  if (!report.wrote) return { ok: true, replanning: true, changes: 0 };
  const changes = report.created + report.updated + report.removed;
  const deleted: DeletedSession[] = report.deletedByUser.map((event) => {
    const sessionId = icsUidKey(event.uid, planId);
    return {
      uid: event.uid,
      sessionId,
      topicId: sessionId.slice(0, sessionId.lastIndexOf('#')),
      start: event.start,
      end: event.end,
      minutes: Math.round((Date.parse(event.end) - Date.parse(event.start)) / 60_000),
    };
  });
  const fresh = deleted.filter((d) => !state.deleted.some((e) => e.uid === d.uid));
  if (fresh.length > 0) {
    showNotice(
      `${quoted(fresh.map((d) => title(d.topicId)))} deleted in your calendar: Plan → Calendar sync asks whether to drop it or plan it again.`,
    );
  }
  await channel.run(
    recordCalendarSync(roadmap.id, (s) => ({
      ...s,
      // Deleted sessions stay known until the user answers: they are not written again meanwhile.
      known: [...report.known, ...deleted.map((d) => d.uid)],
      deleted,
      unpinned: [],
      lastSync: { at: now.toISOString(), changes },
    })),
  );
  return { ok: true, replanning: false, changes };
}

/** `“A”`, `“A” and “B”`, `“A” and 2 more`: topics named in a notice. */
function quoted(titles: readonly string[]): string {
  const unique = [...new Set(titles)];
  const first = `“${unique[0]}”`;
  if (unique.length === 1) return first;
  if (unique.length === 2) return `${first} and “${unique[1]}”`;
  return `${first} and ${unique.length - 1} more`;
}
