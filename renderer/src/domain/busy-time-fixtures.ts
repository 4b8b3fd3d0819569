import { icsUid } from './ics-names';

// Calendar files for the busy-time tests, written by hand as calendars write them (CRLF,
// VTIMEZONE blocks as Thunderbird and Google export them). 2026's DST changes: Europe/Berlin
// 29 Mar (02:00 CET → 03:00 CEST) and 25 Oct (03:00 CEST → 02:00 CET); America/New_York
// 8 Mar (02:00 EST → 03:00 EDT) and 1 Nov (02:00 EDT → 01:00 EST).

/** A calendar of these lines (VCALENDAR around them, CRLF line ends). */
export const calendar = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Busy time tests//EN', ...lines, 'END:VCALENDAR', ''].join(
    '\r\n',
  );

/** One VEVENT of these properties, with a DTSTAMP. */
export const vevent = (...properties: string[]) => [
  'BEGIN:VEVENT',
  'DTSTAMP:20260101T000000Z',
  ...properties,
  'END:VEVENT',
];

export const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export const NEW_YORK_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:America/New_York',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'TZNAME:EDT',
  'DTSTART:20070311T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'TZNAME:EST',
  'DTSTART:20071104T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * A weekly Thursday meeting in Berlin across the spring change: 9 Apr deleted (EXDATE),
 * 16 Apr moved to Friday 17 Apr morning and made longer (RECURRENCE-ID).
 */
export const WEEKLY_WITH_EXCEPTIONS = calendar(
  ...BERLIN_VTIMEZONE,
  ...vevent(
    'UID:team-sync@example.com',
    'SUMMARY:Team sync',
    'DTSTART;TZID=Europe/Berlin:20260319T180000',
    'DTEND;TZID=Europe/Berlin:20260319T190000',
    'RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=6',
    'EXDATE;TZID=Europe/Berlin:20260409T180000',
  ),
  ...vevent(
    'UID:team-sync@example.com',
    'RECURRENCE-ID;TZID=Europe/Berlin:20260416T180000',
    'SUMMARY:Team sync (moved)',
    'DTSTART;TZID=Europe/Berlin:20260417T070000',
    'DTEND;TZID=Europe/Berlin:20260417T083000',
  ),
  // Another series at the same time: the override above is not its business.
  ...vevent(
    'UID:other-series@example.com',
    'SUMMARY:Other series',
    'DTSTART;TZID=Europe/Berlin:20260416T180000',
    'DTEND;TZID=Europe/Berlin:20260416T183000',
    'RRULE:FREQ=DAILY;COUNT=1',
  ),
);

/** Events right before and after Berlin's changes, and weekly series across them. */
export const BERLIN_DST = calendar(
  ...BERLIN_VTIMEZONE,
  ...vevent(
    'UID:spring-before@example.com',
    'DTSTART;TZID=Europe/Berlin:20260329T013000',
    'DTEND;TZID=Europe/Berlin:20260329T014500',
  ),
  ...vevent(
    'UID:spring-after@example.com',
    'DTSTART;TZID=Europe/Berlin:20260329T030000',
    'DTEND;TZID=Europe/Berlin:20260329T031500',
  ),
  ...vevent(
    'UID:autumn-before@example.com',
    'DTSTART;TZID=Europe/Berlin:20261025T013000',
    'DTEND;TZID=Europe/Berlin:20261025T014500',
  ),
  ...vevent(
    'UID:autumn-after@example.com',
    'DTSTART;TZID=Europe/Berlin:20261025T033000',
    'DTEND;TZID=Europe/Berlin:20261025T034500',
  ),
  ...vevent(
    'UID:sunday-run@example.com',
    'SUMMARY:Sunday run',
    'DTSTART;TZID=Europe/Berlin:20260322T090000',
    'DTEND;TZID=Europe/Berlin:20260322T100000',
    'RRULE:FREQ=WEEKLY;COUNT=3',
  ),
  ...vevent(
    'UID:choir@example.com',
    'SUMMARY:Choir',
    'DTSTART;TZID=Europe/Berlin:20261018T190000',
    'DTEND;TZID=Europe/Berlin:20261018T210000',
    'RRULE:FREQ=WEEKLY;UNTIL=20261101T180000Z',
  ),
);

/** New York's changes: the same kinds of events. */
export const NEW_YORK_DST = calendar(
  ...NEW_YORK_VTIMEZONE,
  ...vevent(
    'UID:ny-spring-before@example.com',
    'DTSTART;TZID=America/New_York:20260308T013000',
    'DTEND;TZID=America/New_York:20260308T014500',
  ),
  ...vevent(
    'UID:ny-spring-after@example.com',
    'DTSTART;TZID=America/New_York:20260308T033000',
    'DTEND;TZID=America/New_York:20260308T034500',
  ),
  ...vevent(
    'UID:ny-autumn-before@example.com',
    'DTSTART;TZID=America/New_York:20261101T003000',
    'DTEND;TZID=America/New_York:20261101T004500',
  ),
  ...vevent(
    'UID:ny-autumn-after@example.com',
    'DTSTART;TZID=America/New_York:20261101T030000',
    'DTEND;TZID=America/New_York:20261101T031500',
  ),
  ...vevent(
    'UID:ny-standup@example.com',
    'SUMMARY:Standup',
    'DTSTART;TZID=America/New_York:20260302T090000',
    'DTEND;TZID=America/New_York:20260302T093000',
    'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=2',
  ),
  ...vevent(
    'UID:ny-review@example.com',
    'SUMMARY:Review',
    'DTSTART;TZID=America/New_York:20261026T090000',
    'DURATION:PT30M',
    'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=2',
  ),
);

/** All-day events: three days over Christmas, one without DTEND, one on Berlin's autumn change. */
export const ALL_DAY = calendar(
  ...vevent(
    'UID:holiday@example.com',
    'SUMMARY:Holiday',
    'DTSTART;VALUE=DATE:20261224',
    'DTEND;VALUE=DATE:20261227',
  ),
  ...vevent('UID:one-day@example.com', 'SUMMARY:Move house', 'DTSTART;VALUE=DATE:20261205'),
  ...vevent(
    'UID:dst-day@example.com',
    'SUMMARY:Trip',
    'DTSTART;VALUE=DATE:20261025',
    'DTEND;VALUE=DATE:20261026',
  ),
);

/** Free-time events: transparent, cancelled, and one cancelled occurrence of a series. */
export const FREE_EVENTS = calendar(
  ...vevent(
    'UID:transparent@example.com',
    'SUMMARY:Reminder only',
    'TRANSP:TRANSPARENT',
    'DTSTART:20261201T180000Z',
    'DTEND:20261201T190000Z',
  ),
  ...vevent(
    'UID:cancelled@example.com',
    'SUMMARY:Called off',
    'STATUS:CANCELLED',
    'DTSTART:20261202T180000Z',
    'DTEND:20261202T190000Z',
  ),
  ...vevent(
    'UID:opaque@example.com',
    'SUMMARY:Dentist',
    'TRANSP:OPAQUE',
    'STATUS:CONFIRMED',
    'DTSTART:20261203T180000Z',
    'DTEND:20261203T190000Z',
  ),
  ...vevent(
    'UID:yoga@example.com',
    'SUMMARY:Yoga',
    'DTSTART:20261207T180000Z',
    'DTEND:20261207T190000Z',
    'RRULE:FREQ=WEEKLY;COUNT=3',
  ),
  ...vevent(
    'UID:yoga@example.com',
    'SUMMARY:Yoga',
    'RECURRENCE-ID:20261214T180000Z',
    'STATUS:CANCELLED',
    'DTSTART:20261214T180000Z',
    'DTEND:20261214T190000Z',
  ),
);

/** The app's own exported sessions beside a real meeting. */
export const WITH_OWN_EVENTS = calendar(
  ...vevent(
    `UID:${icsUid('first-steps#1', 'fastapi')}`,
    'SUMMARY:FastAPI: First Steps (1/2)',
    'DTSTART:20261201T180000Z',
    'DTEND:20261201T190000Z',
  ),
  ...vevent(
    'UID:meeting@example.com',
    'SUMMARY:Meeting',
    'DTSTART:20261201T200000Z',
    'DTEND:20261201T210000Z',
  ),
);

/** The same wall-clock time in UTC and floating (no zone: the plan's zone). */
export const UTC_AND_FLOATING = calendar(
  ...vevent('UID:utc@example.com', 'SUMMARY:UTC', 'DTSTART:20261201T180000Z', 'DTEND:20261201T190000Z'),
  ...vevent(
    'UID:floating@example.com',
    'SUMMARY:Floating',
    'DTSTART:20261201T180000',
    'DTEND:20261201T190000',
  ),
);

/**
 * Overrides ical.js's iteration does not reach: an occurrence moved from after the window
 * into it, and an override whose series is not in the file (an invitation to one meeting).
 */
export const FAR_OVERRIDES = calendar(
  ...vevent(
    'UID:monthly@example.com',
    'SUMMARY:Monthly',
    'DTSTART:20261201T090000Z',
    'DTEND:20261201T100000Z',
    'RRULE:FREQ=MONTHLY;COUNT=12',
  ),
  ...vevent(
    'UID:monthly@example.com',
    'SUMMARY:Monthly (pulled forward)',
    'RECURRENCE-ID:20270601T090000Z',
    'DTSTART:20261215T090000Z',
    'DTEND:20261215T100000Z',
  ),
  ...vevent(
    'UID:invited@example.com',
    'SUMMARY:One meeting of a series',
    'RECURRENCE-ID:20261210T090000Z',
    'DTSTART:20261210T120000Z',
    'DTEND:20261210T130000Z',
  ),
);

/** Weekly night events spanning Berlin's changes: 01:30–03:30 lasts 1 h in spring, 3 h in autumn. */
export const DST_SPANNING = calendar(
  ...BERLIN_VTIMEZONE,
  ...vevent(
    'UID:night-spring@example.com',
    'DTSTART;TZID=Europe/Berlin:20260322T013000',
    'DTEND;TZID=Europe/Berlin:20260322T033000',
    'RRULE:FREQ=WEEKLY;COUNT=3',
  ),
  ...vevent(
    'UID:night-autumn@example.com',
    'DTSTART;TZID=Europe/Berlin:20261018T013000',
    'DTEND;TZID=Europe/Berlin:20261018T033000',
    'RRULE:FREQ=WEEKLY;COUNT=3',
  ),
);
