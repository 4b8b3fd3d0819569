/*
 * Main's CalDAV client (issue 15): discovery, MKCALENDAR and the calendar read go through tsdav;
 * the writes are plain PUT/DELETE so the status and the ETag header stay ours to read. Every
 * method answers a CalDavResult: it never throws, and its problems name the URL, not the password.
 */
import {
  type DAVResponse,
  createAccount,
  davRequest,
  ensureTrailingSlash,
  fetchCalendars,
  makeCalendar as davMakeCalendar,
  propfind,
  urlMatches,
} from 'tsdav';
import {
  type CalDavCalendar,
  type CalDavObject,
  type CalDavResult,
  type CalDavWrite,
  MAX_CALDAV_CHARS,
  MAX_CALDAV_OBJECTS,
} from '../../shared/caldav-contract';
import {
  CALENDAR_PROPS,
  CALENDAR_QUERY,
  type Limits,
  calendarFromPropfind,
  calendarOf,
  canonicalUrl,
  fail,
  objectsFromReport,
  ok,
} from './caldav-answers';
import { type CalDavSession, calDavSession, textStart } from './caldav-fetch';
import {
  badUrlProblem,
  conflictProblem,
  notFoundProblem,
  problemFromError,
  problemFromStatus,
  serverProblem,
  withoutCredentials,
} from './caldav-problem';

export type CalDavAccount = { serverUrl: string; user: string; password: string };
export type CalDavClientOptions = {
  timeoutMs?: number;
  /** Lower read limits than the contract's (for tests); the contract's are the most allowed. */
  limits?: { objects?: number; chars?: number };
};
export type CalDavClient = ReturnType<typeof calDavClient>;

/** Each request gives up after this long unless the caller says otherwise. */
export const DEFAULT_CALDAV_TIMEOUT_MS = 30_000;

/** The http(s) URL to ask, credentials dropped (`https://` added when no scheme is given); null if none. */
export function requestUrl(text: string): string | null {
  const trimmed = text.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return withoutCredentials(url.href);
  } catch {
    return null;
  }
}

/** A URL-safe folder name for a new calendar: "Study plan" → "study-plan". */
export function calendarSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'calendar';
}

/** A CalDAV client for one account; every method answers a CalDavResult and never throws. */
export function calDavClient(account: CalDavAccount, options: CalDavClientOptions = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_CALDAV_TIMEOUT_MS;
  const limits: Limits = {
    objects: Math.min(options.limits?.objects ?? MAX_CALDAV_OBJECTS, MAX_CALDAV_OBJECTS),
    chars: Math.min(options.limits?.chars ?? MAX_CALDAV_CHARS, MAX_CALDAV_CHARS),
  };
  const authorization = `Basic ${Buffer.from(`${account.user}:${account.password}`, 'utf8').toString('base64')}`;
  const headers = { authorization };
  const serverUrl = requestUrl(account.serverUrl);

  /** Principal and calendar home (tsdav's createAccount); throws like tsdav does. */
  function login(base: string, session: CalDavSession) {
    // The password stays in the header: tsdav's account object never holds it.
    return createAccount({
      account: { serverUrl: base, accountType: 'caldav' },
      headers,
      fetch: session.fetch,
    });
  }

  return {
    /** The calendars of the account (principal → calendar home), plus serverUrl itself when it is a calendar. */
    async discover(): Promise<CalDavResult<CalDavCalendar[]>> {
      if (!serverUrl) return fail(badUrlProblem(account.serverUrl));
      const session = calDavSession(timeoutMs);
      let probe: DAVResponse | undefined;
      try {
        [probe] = await propfind({
          url: serverUrl,
          props: CALENDAR_PROPS,
          depth: '0',
          headers,
          fetch: session.fetch,
        });
      } catch (error) {
        return fail(problemFromError(serverUrl, error, timeoutMs));
      }
      if (probe?.status === 401 || probe?.status === 403)
        return fail(problemFromStatus(serverUrl, probe.status));
      const here = calendarFromPropfind(serverUrl, probe);
      try {
        const davAccount = await login(serverUrl, session);
        const found = await fetchCalendars({ account: davAccount, headers, fetch: session.fetch });
        const calendars = found.map((c) => calendarOf(c.url, c.displayName, c.components ?? []));
        if (here && !calendars.some((c) => urlMatches(c.url, here.url))) calendars.unshift(here);
        return ok(calendars);
      } catch (error) {
        // A calendar's own URL is enough even where the principal cannot be found (shared links).
        if (here) return ok([here]);
        if (probe?.status === 404 || probe?.status === 410)
          return fail(problemFromStatus(serverUrl, probe.status));
        return fail(session.problem(serverUrl, error));
      }
    },

    /** MKCALENDAR `name` (events only) in the calendar home, at home + slug + '/'. */
    async makeCalendar(name: string): Promise<CalDavResult<CalDavCalendar>> {
      if (!serverUrl) return fail(badUrlProblem(account.serverUrl));
      const displayName = name.trim();
      const session = calDavSession(timeoutMs);
      let url: string;
      try {
        const davAccount = await login(serverUrl, session);
        url = canonicalUrl(
          `${ensureTrailingSlash(davAccount.homeUrl ?? serverUrl)}${calendarSlug(displayName)}/`,
        );
      } catch (error) {
        return fail(session.problem(serverUrl, error));
      }
      let response: DAVResponse | undefined;
      try {
        [response] = await davMakeCalendar({
          url,
          props: {
            'd:displayname': displayName || 'Calendar',
            'c:supported-calendar-component-set': { 'c:comp': { _attributes: { name: 'VEVENT' } } },
          },
          headers,
          fetch: session.fetch,
        });
      } catch (error) {
        return fail(problemFromError(url, error, timeoutMs));
      }
      const status = response?.status ?? 0;
      if (response?.ok) return ok({ url, name: displayName || 'Calendar', events: true });
      if (status === 401 || status === 404 || status === 410) return fail(problemFromStatus(url, status));
      if (status === 409 || status === 405) {
        // RFC 4791: 405 or 409 when something is already there.
        const detail = `the server refused to make the calendar (${status}): something is already at this address`;
        return fail(
          serverProblem(url, detail, 'pick that calendar from the list, or choose another name', status),
        );
      }
      const detail = `the server refused to make the calendar (${status || 'no answer'})`;
      return fail(serverProblem(url, detail, 'pick an existing calendar instead', status || null));
    },

    /** Every event object of the calendar (one calendar-query with calendar-data and ETags), within the contract's limits. */
    async list(calendarUrl: string): Promise<CalDavResult<CalDavObject[]>> {
      const url = requestUrl(calendarUrl);
      if (!url) return fail(badUrlProblem(calendarUrl));
      // Bytes allowed in: twice the characters (non-ASCII text, XML escapes) plus the XML around
      // each object. The exact limits are checked once the answer is read.
      const session = calDavSession(timeoutMs, 2 * limits.chars + 1_000 * limits.objects);
      let responses: DAVResponse[];
      try {
        responses = await davRequest({
          url,
          init: {
            method: 'REPORT',
            namespace: 'c',
            headers: { ...headers, depth: '1' },
            body: CALENDAR_QUERY,
          },
          fetch: session.fetch,
        });
      } catch (error) {
        return fail(session.problem(url, error));
      }
      return objectsFromReport(url, responses, limits);
    },

    /** One PUT (create: If-None-Match *, update: If-Match) or DELETE (If-Match); answers the new ETag if given. */
    async write(write: CalDavWrite): Promise<CalDavResult<{ etag: string | null }>> {
      const url = requestUrl(write.url);
      if (!url) return fail(badUrlProblem(write.url));
      const session = calDavSession(timeoutMs);
      const conditions: Record<string, string> =
        write.kind === 'create' ? { 'if-none-match': '*' } : write.etag ? { 'if-match': write.etag } : {};
      const body = write.kind === 'delete' ? {} : { 'content-type': 'text/calendar; charset=utf-8' };
      let response: Response;
      let answer = '';
      try {
        response = await session.fetch(url, {
          method: write.kind === 'delete' ? 'DELETE' : 'PUT',
          headers: { ...headers, ...conditions, ...body },
          body: write.kind === 'delete' ? undefined : write.data,
        });
        // Only a 409 says in its body what it means; other bodies are dropped to free the connection.
        if (response.status === 409) answer = await textStart(response, 16_384);
        else await response.body?.cancel();
      } catch (error) {
        return fail(session.problem(url, error));
      }
      if (response.ok) return ok({ etag: response.headers.get('etag') });
      if (write.kind === 'delete' && (response.status === 404 || response.status === 410))
        return ok({ etag: null });
      if (write.kind === 'create' && response.status === 412) {
        return fail(conflictProblem(url, 412, 'an event is already at this address (412)'));
      }
      if (response.status === 409 && /no-uid-conflict/i.test(answer)) {
        return fail(conflictProblem(url, 409, 'another event in the calendar already has this UID (409)'));
      }
      if (response.status === 409) {
        // RFC 4918: a PUT whose collection is missing answers 409 (Radicale does).
        return fail(notFoundProblem(url, 409, 'the calendar is not there (409)'));
      }
      return fail(problemFromStatus(url, response.status, response.statusText));
    },
  };
}
