import { inMessage, planCalendarEvents } from '../../renderer/src/domain';
import { syncCalendar } from '../../renderer/src/domain/caldav-sync';
import type { SyncReading } from '../../renderer/src/domain/caldav-sync';
import { calDavClient } from '../../electron/main/caldav/caldav-client';
import { parseInstant } from './instant';
import { scheduleFromFile } from './schedule-command';

/** What `sync-caldav` prints: counts of what it did (issue 15 §3, a contract). */
export type SyncCounts = { created: number; updated: number; removed: number; pinned: number; busy: number };

export type SyncCalDavRequest = {
  planFile: string;
  /** The calendar study sessions go to. */
  url: string;
  user: string;
  /** The name of the environment variable that holds the password. */
  passwordEnv: string;
  /** `--now`: planning starts here (and events over before it are left alone). */
  now?: string;
  /** `--busy-url`: calendars read for busy time only. */
  busyUrls: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** The current instant when `now` is not given (tests pass their own). */
  clock?: Date;
};

/**
 * `sync-caldav --plan <plan.json> --url <calendar URL> --user <name> --password-env <VAR>
 * [--now <instant>] [--busy-url <URL>]...`: the app's calendar sync for a plan file. Reads the
 * calendars, plans around the sessions the user moved (pinned where they are) and their busy
 * time, then writes only what differs. Keeps no state: what it wrote is recognised in the
 * calendar, so a session deleted there is written again (the app asks instead).
 */
export async function syncCalDavFromFile(
  request: SyncCalDavRequest,
): Promise<{ ok: true; counts: SyncCounts } | { ok: false; message: string }> {
  const password = request.env[request.passwordEnv];
  if (password === undefined || password === '') {
    return {
      ok: false,
      message: `--password-env: the environment variable ${inMessage(request.passwordEnv)} is not set`,
    };
  }
  for (const url of [request.url, ...request.busyUrls]) {
    if (!/^https?:\/\/[^/]/i.test(url))
      return { ok: false, message: `${inMessage(url)}: not an http(s) URL` };
  }
  const scheduleRequest =
    request.now === undefined ? { clock: request.clock ?? new Date() } : { now: request.now };
  // The plan file is checked before the network is used: its problems come first.
  const checked = scheduleFromFile(request.planFile, scheduleRequest);
  if (!checked.ok) return checked;
  const { plan, roadmap } = checked;
  const now = new Date(
    request.now === undefined ? (request.clock ?? new Date()).getTime() : parseInstant(request.now)!,
  );
  const calendarUrl = request.url.endsWith('/') ? request.url : `${request.url}/`;
  const client = calDavClient({ serverUrl: calendarUrl, user: request.user, password });
  const planId = plan.planId ?? plan.roadmap;
  let failed: string | null = null;
  const synced = await syncCalendar({
    transport: client,
    calendarUrl,
    busyUrls: request.busyUrls,
    planId,
    timeZone: plan.timeZone,
    now,
    desired: (reading: SyncReading) => {
      const scheduled = scheduleFromFile(request.planFile, {
        ...scheduleRequest,
        pins: reading.pins,
        busySpans: reading.busy,
      });
      if (!scheduled.ok) {
        failed = scheduled.message;
        return null;
      }
      return planCalendarEvents({ roadmap, schedule: scheduled.schedule, planId, reminderMinutes: null });
    },
  });
  if (!synced.ok) return { ok: false, message: synced.problem.message };
  if (failed !== null) return { ok: false, message: failed };
  const { created, updated, removed, pinned, busy } = synced.value;
  return { ok: true, counts: { created, updated, removed, pinned, busy } };
}
