import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expandBusy, MAX_BUSY_ICS_CHARS } from './busy-time';
import type { ExpandBusyOptions } from './busy-time';
import { calendar, vevent } from './busy-time-fixtures';

const OPTIONS: ExpandBusyOptions = {
  from: '2026-01-01T00:00:00Z',
  to: '2027-01-01T00:00:00Z',
  timeZone: 'Europe/Berlin',
  fileName: 'work.ics',
};

/** The message for a file that must fail. */
function problem(text: string, options: Partial<ExpandBusyOptions> = {}): string {
  const result = expandBusy(text, { ...OPTIONS, ...options });
  if (result.ok) throw new Error(`expected a problem, got ${result.intervals.length} intervals`);
  // Named for the user: the file first, and never a stack trace.
  expect(result.message.startsWith('work.ics: ')).toBe(true);
  expect(result.message).not.toMatch(/\n|\bat .*\(|\.js:\d/);
  return result.message;
}

const repeating = (rule: string) =>
  calendar(
    ...vevent(
      'UID:r@example.com',
      'SUMMARY:Odd rule',
      'DTSTART:20260105T100000Z',
      'DTEND:20260105T110000Z',
      `RRULE:${rule}`,
    ),
  );

describe('expandBusy on bad files', () => {
  it('refuses what is not an iCalendar file', () => {
    expect(problem('')).toBe('work.ics: not an iCalendar file (it does not start with BEGIN:VCALENDAR)');
    expect(problem('{"events": []}')).toContain('not an iCalendar file');
    expect(problem('BEGIN:VCARD\r\nFN:Ann\r\nEND:VCARD\r\n')).toContain('not an iCalendar file');
  });

  it('refuses a broken calendar and a file with no VCALENDAR in it', () => {
    expect(problem('BEGIN:VCALENDAR\r\nthis is no property\r\nEND:VCALENDAR\r\n')).toMatch(
      /^work\.ics: not readable as iCalendar \(.+\)$/,
    );
    expect(problem('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n')).toContain('not readable as iCalendar');
    expect(problem('BEGIN:VTODO\r\nEND:VTODO\r\n')).toContain('not an iCalendar file');
  });

  it('names the event with an unreadable date', () => {
    const text = calendar(
      ...vevent('UID:bad@example.com', 'SUMMARY:Lunch', 'DTSTART:2026-13-45', 'DTEND:20261201T130000Z'),
    );
    expect(problem(text)).toMatch(/^work\.ics: event "Lunch" has an unreadable date or repeat rule \(.+\)$/);
    const noStart = calendar(...vevent('UID:nostart@example.com', 'DTEND:20261201T130000Z'));
    expect(problem(noStart)).toBe('work.ics: event nostart@example.com has no start (DTSTART)');
  });

  it('names a time zone the file does not define and no one knows', () => {
    const text = calendar(
      ...vevent(
        'UID:tz@example.com',
        'SUMMARY:Call',
        'DTSTART;TZID=Office Time:20261201T100000',
        'DURATION:PT1H',
      ),
    );
    expect(problem(text)).toBe(
      'work.ics: event "Call" uses the time zone "Office Time", which the file does not define',
    );
  });

  it('stops at too many occurrences', () => {
    expect(problem(repeating('FREQ=MINUTELY'))).toBe(
      'work.ics: more than 50,000 event occurrences before 2027-01-01; export a shorter period of the calendar',
    );
    expect(problem(repeating('FREQ=DAILY'), { maxOccurrences: 100 })).toContain(
      'more than 100 event occurrences',
    );
  });

  it('stops a repeat rule that never finds its next date, and leaves ical.js as it was', () => {
    const check = ICAL.RecurIterator.prototype.check_contracting_rules;
    for (const rule of [
      'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
      'FREQ=DAILY;INTERVAL=7;BYDAY=TU',
      'FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=31',
    ]) {
      expect(problem(repeating(rule))).toBe(
        `work.ics: the repeat rule of event "Odd rule" finds no next date (RRULE:${rule})`,
      );
    }
    expect(ICAL.RecurIterator.prototype.check_contracting_rules).toBe(check);
    // Rare but real: the next 29 February on a Monday is years away.
    const leap = expandBusy(repeating('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO'), OPTIONS);
    expect(leap.ok).toBe(true);
  });

  it('refuses rules ical.js rejects, with its reason', () => {
    expect(problem(repeating('FREQ=FORTNIGHTLY'))).toContain('not readable as iCalendar (invalid frequency');
    expect(problem(repeating('FREQ=WEEKLY;BYMONTHDAY=3'))).toContain(
      'event "Odd rule" has an unreadable date or repeat rule',
    );
  });

  it('refuses a file that is too large', () => {
    const text = calendar('X-FILLER:' + 'x'.repeat(MAX_BUSY_ICS_CHARS));
    expect(problem(text)).toBe('work.ics: the file is too large (over 5,000,000 characters)');
  });

  it('refuses a bad window or time zone', () => {
    expect(problem(calendar(), { from: 'soon' })).toBe(
      'work.ics: the busy-time window has an unreadable start or end',
    );
    expect(problem(calendar(), { timeZone: 'Mars/Olympus' })).toBe(
      'work.ics: "Mars/Olympus" is not a time zone',
    );
  });

  it('accepts an empty calendar, a byte-order mark and several calendars in one file', () => {
    expect(expandBusy(calendar(), OPTIONS)).toEqual({ ok: true, intervals: [] });
    const one = calendar(
      ...vevent('UID:a@example.com', 'DTSTART:20261201T100000Z', 'DTEND:20261201T110000Z'),
    );
    const two = calendar(
      ...vevent('UID:b@example.com', 'DTSTART:20261202T100000Z', 'DTEND:20261202T110000Z'),
    );
    const result = expandBusy(`\uFEFF${one}${two}`, OPTIONS);
    expect(result.ok && result.intervals.map((i) => i.uid)).toEqual(['a@example.com', 'b@example.com']);
  });
});
