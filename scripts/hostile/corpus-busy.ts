import type { CaseFile, HostileCase } from './corpus';
import { file, garbage, json, text, withBytes } from './corpus';
import { PLAN, scheduleArgs } from './corpus-plans';

/** A calendar of these lines (VCALENDAR around them, CRLF line ends), as calendars write them. */
const calendarOf = (lines: readonly string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hostile corpus//EN', ...lines, 'END:VCALENDAR', ''].join(
    '\r\n',
  );

/** calendarOf for a few lines (spreading 100,000 arguments would overflow the stack). */
const calendar = (...lines: string[]) => calendarOf(lines);

/** One VEVENT with a UID and DTSTAMP, and these properties. */
const vevent = (uid: string, ...properties: string[]) => [
  'BEGIN:VEVENT',
  `UID:${uid}@hostile`,
  'DTSTAMP:20260101T000000Z',
  ...properties,
  'END:VEVENT',
];

/** An evening meeting from the plan's first week, repeating by `rule`, with more properties. */
const repeating = (uid: string, rule: string, more: readonly string[] = []) => [
  ...vevent(uid, 'DTSTART:20261201T183000Z', 'DTEND:20261201T193000Z', `RRULE:${rule}`).slice(0, -1),
  ...more,
  'END:VEVENT',
];
const weekly = (uid: string, rule: string) => repeating(uid, rule);

/** `schedule` of the base plan with this busy calendar. */
function busyCase(name: string, ics: CaseFile, expect: HostileCase['expect'] = 'answer'): HostileCase {
  return {
    name: `busy: ${name}`,
    files: { 'plan.json': json(PLAN), 'busy.ics': ics },
    run: { cli: scheduleArgs('--busy', '{dir}/busy.ics') },
    expect,
  };
}

/** Every case of a busy-time calendar (.ics). */
export function busyCases(): HostileCase[] {
  const MB = 1024 * 1024;
  return [
    busyCase('a valid weekly meeting', text(calendar(...weekly('w', 'FREQ=WEEKLY;COUNT=10'))), 'accept'),
    busyCase(
      'an unterminated VEVENT',
      text(['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'DTSTART:20261201T183000Z', ''].join('\r\n')),
    ),
    busyCase('RRULE COUNT=1000000000', text(calendar(...weekly('c', 'FREQ=DAILY;COUNT=1000000000')))),
    busyCase('RRULE FREQ=SECONDLY with no end', text(calendar(...weekly('s', 'FREQ=SECONDLY')))),
    busyCase('RRULE FREQ=MINUTELY with no end', text(calendar(...weekly('m', 'FREQ=MINUTELY;INTERVAL=1')))),
    busyCase(
      'RRULE of every second of a year (BY* explosion)',
      text(
        calendar(
          ...weekly(
            'by',
            `FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYHOUR=${range(24)};BYMINUTE=${range(60)};BYSECOND=${range(60)}`,
          ),
        ),
      ),
    ),
    busyCase(
      'RRULE that never matches (30 February, yearly)',
      text(calendar(...weekly('never', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'))),
    ),
    busyCase(
      'RRULE UNTIL in year 9999 with INTERVAL 1',
      text(calendar(...weekly('u', 'FREQ=HOURLY;UNTIL=99991231T000000Z'))),
    ),
    busyCase(
      '10,000 nested BEGIN:VEVENT',
      file(() =>
        calendarOf([
          ...Array<string>(10_000).fill('BEGIN:VEVENT'),
          ...Array<string>(10_000).fill('END:VEVENT'),
        ]),
      ),
    ),
    busyCase(
      '100,000 nested BEGIN:X-THING',
      file(() =>
        calendarOf([
          ...Array<string>(100_000).fill('BEGIN:X-THING'),
          ...Array<string>(100_000).fill('END:X-THING'),
        ]),
      ),
    ),
    busyCase(
      'one property folded over 3 MB',
      file(() =>
        calendar(
          ...vevent(
            'f',
            'DTSTART:20261201T183000Z',
            'DTEND:20261201T193000Z',
            `SUMMARY:a${'\r\n b'.repeat(1_000_000)}`,
          ),
        ),
      ),
    ),
    busyCase(
      'a TZID that does not exist',
      text(
        calendar(
          ...vevent(
            'tz',
            'DTSTART;TZID=Mars/Olympus_Mons:20261201T183000',
            'DTEND;TZID=Mars/Olympus_Mons:20261201T193000',
          ),
        ),
      ),
    ),
    busyCase(
      'a VTIMEZONE whose rule is FREQ=SECONDLY',
      text(
        calendar(
          'BEGIN:VTIMEZONE',
          'TZID:Bad/Zone',
          'BEGIN:STANDARD',
          'TZOFFSETFROM:+0100',
          'TZOFFSETTO:+0200',
          'DTSTART:19700101T000000',
          'RRULE:FREQ=SECONDLY',
          'END:STANDARD',
          'END:VTIMEZONE',
          ...vevent('bz', 'DTSTART;TZID=Bad/Zone:20261201T183000', 'DTEND;TZID=Bad/Zone:20261201T193000'),
        ),
      ),
    ),
    busyCase(
      'a TZID of 10,000 characters',
      text(calendar(...vevent('lt', `DTSTART;TZID=${'Z'.repeat(10_000)}:20261201T183000`, 'DURATION:PT1H'))),
    ),
    busyCase(
      '50,000 EXDATEs on a daily series',
      file(() =>
        calendarOf(
          repeating(
            'ex',
            'FREQ=DAILY',
            Array.from({ length: 50_000 }, (_, i) => `EXDATE:${day(i)}T183000Z`),
          ),
        ),
      ),
    ),
    busyCase(
      '50,000 RDATEs',
      file(() =>
        calendarOf(
          repeating(
            'rd',
            'FREQ=YEARLY',
            Array.from({ length: 50_000 }, (_, i) => `RDATE:${day(i)}T120000Z`),
          ),
        ),
      ),
    ),
    busyCase(
      '40,000 single events',
      file(() =>
        calendarOf(
          Array.from({ length: 40_000 }, (_, i) =>
            vevent(`e${i}`, `DTSTART:${day(i % 700)}T0${i % 10}0000Z`, 'DURATION:PT30M'),
          ).flat(),
        ),
      ),
    ),
    busyCase(
      'DURATION:P99999999W',
      text(calendar(...vevent('d', 'DTSTART:20261201T183000Z', 'DURATION:P99999999W'))),
    ),
    busyCase(
      'DTSTART in year 0000',
      text(calendar(...vevent('y0', 'DTSTART:00000101T000000Z', 'DURATION:PT1H'))),
    ),
    busyCase(
      'DTEND before DTSTART',
      text(calendar(...vevent('b', 'DTSTART:20261202T183000Z', 'DTEND:20261201T183000Z'))),
    ),
    busyCase(
      '1,000 calendars one after the other',
      file(() => calendar(...weekly('x', 'FREQ=DAILY')).repeat(1000)),
    ),
    busyCase(
      '5 MB + 1 byte',
      file(() => `${calendar()}${' '.repeat(5 * MB)}`),
      'refuse',
    ),
    busyCase(
      'binary garbage after BEGIN:VCALENDAR',
      file(() =>
        Uint8Array.from([...new TextEncoder().encode('BEGIN:VCALENDAR\r\n'), ...garbage(64 * 1024)]),
      ),
    ),
    busyCase('not a calendar', text('hello'), 'refuse'),
    busyCase('an empty file', text(''), 'refuse'),
    busyCase(
      'NUL bytes in a property',
      file(() => withBytes(calendar(...weekly('nul', 'FREQ=WEEKLY;COUNT=3')), 'nul@', [0])),
    ),
  ];
}

/** `0,1,…,n-1`. */
const range = (n: number) => Array.from({ length: n }, (_, i) => i).join(',');

/** The i-th day from 1 December 2026, as YYYYMMDD. */
function day(i: number): string {
  const date = new Date(Date.UTC(2026, 11, 1 + i));
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}
