// Shared by the CalDAV tests of main: one event as a calendar object.

/** A one-hour event on 5 January 2026 with this UID and title, as a calendar object's text. */
export const eventObject = (uid: string, summary: string) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Roadmap Planner//test//EN',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20260101T000000Z',
    'DTSTART:20260105T180000Z',
    'DTEND:20260105T190000Z',
    `SUMMARY:${summary}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
