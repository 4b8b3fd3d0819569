/*
 * What a CalDAV calendar holds, read and changed with plain HTTP as another calendar app would:
 * the desktop calendar-sync spec checks the app's writes and makes the user's moves with it.
 */

/** One event object of a calendar, with the properties the spec looks at (times as instants). */
export type StoredEvent = {
  /** The object's full URL. */
  url: string;
  etag: string;
  /** The iCalendar text as the server gave it. */
  data: string;
  uid: string;
  summary: string;
  /** DTSTART / DTEND in ms; NaN for an all-day event. */
  start: number;
  end: number;
  /** `X-ROADMAP-PLANNER-START`: where the planner last put it (ms), NaN when absent. */
  plannedStart: number;
};

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return XML_ENTITIES[name] ?? whole;
  });
}

/** The iCalendar text's unfolded lines. */
function unfold(data: string): string[] {
  return data.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
}

/** The first value of property `name` (parameters ignored), unescaped; '' when absent. */
export function icsProperty(data: string, name: string): string {
  const line = unfold(data).find((l) => new RegExp(`^${name}[;:]`, 'i').test(l));
  if (!line) return '';
  return line
    .slice(line.indexOf(':') + 1)
    .replace(/\\([,;\\])/g, '$1')
    .replace(/\\n/gi, '\n');
}

/** `20261201T190000Z` → ms; NaN for anything else (a date, a floating or zoned time). */
export function icsUtcTime(value: string): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return Number.NaN;
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

/** ms → `20261201T190000Z`. */
export function icsUtcText(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The event's text with DTSTART and DTEND at other instants, everything else as it was. */
export function movedEventText(data: string, start: number, end: number): string {
  return data
    .replace(/\r?\n[ \t]/g, '')
    .replace(/^DTSTART[;:][^\r\n]*/m, `DTSTART:${icsUtcText(start)}`)
    .replace(/^DTEND[;:][^\r\n]*/m, `DTEND:${icsUtcText(end)}`);
}

/** A calendar collection on a CalDAV server, reached with Basic auth. */
export class CalendarStore {
  readonly #url: string;
  readonly #authorization: string;

  constructor(url: string, user: string, password: string) {
    this.#url = url;
    this.#authorization = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
  }

  /** The URLs of the objects in the calendar (PROPFIND, Depth 1), the collection left out. */
  async hrefs(): Promise<string[]> {
    const text = await this.#ask(
      'PROPFIND',
      '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop><D:getetag/></D:prop></D:propfind>',
    );
    const collection = new URL(this.#url).pathname;
    return [...text.matchAll(/<(?:\w+:)?href>([^<]*)<\/(?:\w+:)?href>/g)]
      .map((m) => unescapeXml(m[1]!))
      .filter((path) => path !== collection)
      .map((path) => new URL(path, this.#url).href);
  }

  /** Every event of the calendar with its text (a calendar-query REPORT, Depth 1). */
  async events(): Promise<StoredEvent[]> {
    const text = await this.#ask(
      'REPORT',
      '<?xml version="1.0" encoding="utf-8"?><C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/><C:calendar-data/></D:prop><C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter></C:filter></C:calendar-query>',
    );
    const events: StoredEvent[] = [];
    for (const [, body] of text.matchAll(/<(?:\w+:)?response\b[^>]*>([\s\S]*?)<\/(?:\w+:)?response>/g)) {
      const href = /<(?:\w+:)?href>([^<]*)</.exec(body!)?.[1];
      const data = /<(?:\w+:)?calendar-data\b[^>]*>([\s\S]*?)<\/(?:\w+:)?calendar-data>/.exec(body!)?.[1];
      if (href === undefined || data === undefined) continue;
      const ics = unescapeXml(data);
      events.push({
        url: new URL(unescapeXml(href), this.#url).href,
        etag: unescapeXml(/<(?:\w+:)?getetag>([^<]*)</.exec(body!)?.[1] ?? ''),
        data: ics,
        uid: icsProperty(ics, 'UID'),
        summary: icsProperty(ics, 'SUMMARY'),
        start: icsUtcTime(icsProperty(ics, 'DTSTART')),
        end: icsUtcTime(icsProperty(ics, 'DTEND')),
        plannedStart: Date.parse(icsProperty(ics, 'X-ROADMAP-PLANNER-START')),
      });
    }
    return events;
  }

  /** The event with this UID, or undefined. */
  async event(uid: string): Promise<StoredEvent | undefined> {
    return (await this.events()).find((e) => e.uid === uid);
  }

  /** Writes an object over the one at `url` (a plain PUT, as a calendar app saves a change). */
  async put(url: string, data: string): Promise<void> {
    await this.#send(url, 'PUT', data, { 'content-type': 'text/calendar; charset=utf-8' }, [201, 204]);
  }

  /** Deletes the object at `url`. */
  async delete(url: string): Promise<void> {
    await this.#send(url, 'DELETE', undefined, {}, [200, 204]);
  }

  async #ask(method: string, body: string): Promise<string> {
    return this.#send(
      this.#url,
      method,
      body,
      { depth: '1', 'content-type': 'application/xml; charset=utf-8' },
      [207],
    );
  }

  async #send(
    url: string,
    method: string,
    body: string | undefined,
    headers: Record<string, string>,
    expected: readonly number[],
  ): Promise<string> {
    const response = await fetch(url, {
      method,
      headers: { authorization: this.#authorization, ...headers },
      body,
    });
    const text = await response.text();
    if (!expected.includes(response.status)) throw new Error(`${method} ${url} answered ${response.status}`);
    return text;
  }
}
