/*
 * Reading what a CalDAV server answered, as tsdav parsed it (xml-js objects), into the contract's
 * shapes: calendars from PROPFIND and calendar objects from a calendar-query REPORT.
 */
import { type DAVResponse, ensureTrailingSlash, urlMatches } from 'tsdav';
import type { CalDavCalendar, CalDavObject, CalDavProblem, CalDavResult } from '../../shared/caldav-contract';
import { problemFromStatus, serverProblem } from './caldav-problem';

export type Limits = { objects: number; chars: number };

/** A success, as the contract's CalDavResult. */
export const ok = <T>(value: T): CalDavResult<T> => ({ ok: true, value });
/** A problem, as the contract's CalDavResult. */
export const fail = <T>(problem: CalDavProblem): CalDavResult<T> => ({ ok: false, problem });

/** tsdav parses XML text to numbers and booleans where it can, and keeps CDATA apart. */
function xmlText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && value !== null) {
    const { _cdata, _text } = value as { _cdata?: unknown; _text?: unknown };
    if (typeof _cdata === 'string') return _cdata;
    if (typeof _text === 'string' || typeof _text === 'number') return String(_text);
  }
  return null;
}

/** tsdav trims the text it parses: give the object back its last line break. */
function withLastLineBreak(data: string | null): string | null {
  if (data === null || data === '' || data.endsWith('\n')) return data;
  return data + (data.includes('\r\n') ? '\r\n' : '\n');
}

/** The component names of a supported-calendar-component-set (empty: the server does not say). */
function componentNames(comp: unknown): string[] {
  const comps = Array.isArray(comp) ? comp : comp ? [comp] : [];
  return comps.flatMap((c: unknown) => {
    const name = (c as { _attributes?: { name?: unknown } } | null)?._attributes?.name;
    return typeof name === 'string' ? [name.toUpperCase()] : [];
  });
}

function lastSegment(url: string): string {
  const segment = new URL(url).pathname.split('/').filter(Boolean).pop() ?? url;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * One spelling per URL, so that URLs compare as strings: each path segment decoded and encoded
 * again with encodeURIComponent. Servers differ (Radicale encodes `@` and `!'()*`, others leave
 * `@` as it is) and decode the path before they look it up, so the canonical URL reaches the same
 * object; an object URL built as `calendarUrl + encodeURIComponent(name)` then matches what a read answers.
 */
export function canonicalUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = parsed.pathname
    .split('/')
    .map((segment) => {
      try {
        return encodeURIComponent(decodeURIComponent(segment));
      } catch {
        return segment;
      }
    })
    .join('/');
  return parsed.href;
}

/** A calendar in the contract's shape; its name falls back to the last part of its URL. */
export function calendarOf(url: string, displayName: unknown, components: string[]): CalDavCalendar {
  const name = xmlText(displayName)?.trim();
  return {
    url: canonicalUrl(url),
    name: name || lastSegment(url),
    events: components.length === 0 || components.includes('VEVENT'),
  };
}

/** What a PROPFIND asks to tell a calendar and name it. */
export const CALENDAR_PROPS = {
  'd:resourcetype': {},
  'd:displayname': {},
  'c:supported-calendar-component-set': {},
};

/** The calendar a PROPFIND (depth 0) answered, when it is one. */
export function calendarFromPropfind(url: string, response: DAVResponse | undefined): CalDavCalendar | null {
  const props = response?.ok ? response.props : undefined;
  const resourcetype: unknown = props?.resourcetype;
  if (typeof resourcetype !== 'object' || resourcetype === null || !('calendar' in resourcetype)) return null;
  return calendarOf(url, props?.displayname, componentNames(props?.supportedCalendarComponentSet?.comp));
}

/** REPORT calendar-query: every object holding a VEVENT, with its data and ETag. */
export const CALENDAR_QUERY = {
  'calendar-query': {
    _attributes: { 'xmlns:c': 'urn:ietf:params:xml:ns:caldav', 'xmlns:d': 'DAV:' },
    'd:prop': { 'd:getetag': {}, 'c:calendar-data': {} },
    filter: {
      'comp-filter': {
        _attributes: { name: 'VCALENDAR' },
        'comp-filter': { _attributes: { name: 'VEVENT' } },
      },
    },
  },
};

/** The objects of a calendar-query answer, or the problem it stands for. */
export function objectsFromReport(
  calendarUrl: string,
  responses: DAVResponse[],
  limits: Limits,
): CalDavResult<CalDavObject[]> {
  const first = responses[0];
  const raw: unknown = first?.raw;
  const multistatus = typeof raw === 'object' && raw !== null && 'multistatus' in raw;
  if (!first || !multistatus) {
    if (first && !first.ok) return fail(problemFromStatus(calendarUrl, first.status, first.statusText));
    return fail(
      serverProblem(calendarUrl, 'the answer is not a calendar', 'check that the URL is a CalDAV calendar'),
    );
  }
  const base = ensureTrailingSlash(calendarUrl);
  const objects: CalDavObject[] = [];
  let chars = 0;
  for (const response of responses) {
    // Servers answer the collection itself (some with a 404 when it is empty): not an object.
    if (!response.href || !response.ok) continue;
    const url = canonicalUrl(new URL(response.href, base).href);
    const data = withLastLineBreak(xmlText(response.props?.calendarData));
    if (urlMatches(url, base) || data === null) continue;
    chars += data.length;
    if (objects.length >= limits.objects || chars > limits.chars) {
      return fail(
        serverProblem(
          calendarUrl,
          `the calendar is too large to read (over ${limits.objects} events or ${limits.chars} characters)`,
          'use a calendar with fewer events',
        ),
      );
    }
    objects.push({ url, etag: xmlText(response.props?.getetag), data });
  }
  return ok(objects);
}
