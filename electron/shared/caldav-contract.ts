/*
 * What main's CalDAV client answers (issue 15). Main speaks CalDAV (tsdav) with the password
 * it keeps; the renderer sees calendars and calendar objects, never the password. The
 * renderer's domain reads and plans the objects; main only carries them.
 */

/** A calendar found through the account's principal. */
export type CalDavCalendar = {
  url: string;
  /** Its display name, else the last part of its URL. */
  name: string;
  /** The server lists VEVENT among what it takes (false: a task or journal list). */
  events: boolean;
};

/** One calendar object (one event and its recurrences) as the server holds it. */
export type CalDavObject = { url: string; etag: string | null; data: string };

/** One write to a calendar. `create` fails when the URL is taken; the others need the ETag read. */
export type CalDavWrite =
  | { kind: 'create'; url: string; data: string }
  | { kind: 'update'; url: string; etag: string | null; data: string }
  | { kind: 'delete'; url: string; etag: string | null };

/** What went wrong, sorted so the app can say what to do. */
export type CalDavProblemKind =
  /** 401 / 403: the user name or app password is refused. */
  | 'auth'
  /** 404 / 410: the calendar (or object) is not there. */
  | 'not-found'
  /** 412 (or a create meeting an existing object): changed meanwhile. */
  | 'conflict'
  /** No answer: offline, refused, timed out, unknown host. */
  | 'offline'
  /** The certificate is not trusted or the TLS handshake failed. */
  | 'tls'
  /** The server answered something else (5xx, a response that is not CalDAV, too large). */
  | 'server';

/** One line a person can read: names the URL and what to do; no stack trace. */
export type CalDavProblem = { kind: CalDavProblemKind; status: number | null; url: string; message: string };

export type CalDavResult<T> = { ok: true; value: T } | { ok: false; problem: CalDavProblem };

/** The most objects one calendar read returns, and their total characters. */
export const MAX_CALDAV_OBJECTS = 20_000;
export const MAX_CALDAV_CHARS = 20_000_000;
