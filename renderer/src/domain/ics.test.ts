import { describe, expect, it } from 'vitest';
import { icsUid } from './ics-names';
import {
  basePlan,
  expectSessionsMatch,
  exportOf,
  makeRoadmap,
  parseIcs,
  physicalLines,
  tiny,
} from './ics-fixtures';
import { everyDay } from './schedule-fixtures';
import type { Milestone } from './schedule-types';
import { schedulePlan } from './schedule';

const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

describe('buildIcs: the calendar', () => {
  const schedule = schedulePlan(tiny, basePlan(), { today: '2026-11-30' });

  it('writes VCALENDAR headers and one event per session at the right instants, in UTC', () => {
    const { text, events, cancelled } = exportOf(tiny, schedule);
    expect(events).toBe(schedule.sessions.length);
    expect(cancelled).toBe(0);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    for (const line of [
      'PRODID:-//Roadmap Planner//Study plan//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Tiny study plan',
      'UID:first-steps#1@plan-1.roadmap-planner',
      'DTSTAMP:20261130T080000Z',
      'DTSTART:20261201T180000Z',
      'DTEND:20261201T190000Z',
      'SEQUENCE:0',
    ]) {
      expect(text).toContain(`\r\n${line}\r\n`);
    }
    // Only UTC times, never a TZID or floating time.
    expect(text).not.toMatch(/TZID|VTIMEZONE/);
    for (const line of physicalLines(text).filter((l) => /^(DTSTART|DTEND|DTSTAMP):/.test(l))) {
      expect(line).toMatch(/:\d{8}T\d{6}Z$/);
    }
    const parsed = parseIcs(text);
    expect(parsed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Tiny study plan');
    expect(parsed.events).toHaveLength(schedule.sessions.length);
    expectSessionsMatch(parsed.events, schedule.sessions, 'plan-1');
  });

  it('titles, describes and files each session under its phase and section', () => {
    const { events } = parseIcs(exportOf(tiny, schedule).text);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const first = byUid.get(icsUid('first-steps#1', 'plan-1'))!;
    expect(first.summary).toBe('Tiny · First Steps (1/2)');
    expect(byUid.get(icsUid('second-steps#1', 'plan-1'))!.summary).toBe('Tiny · Second Steps');
    expect(first.description).toBe(
      [
        'Part 1 of 2 · 60 min',
        '',
        'Phase 1: Stage 1',
        '1. Section 1 title',
        '',
        '• Install `tool`',
        '• Read the guide',
        '',
        'Important: Take it slow.',
        '',
        'Documentation:',
        'Docs',
        'https://example.org/docs',
      ].join('\n'),
    );
    expect(first.categories).toEqual(['Phase 1: Stage 1', '1. Section 1 title']);
    expect(first.status).toBe('CONFIRMED');
  });

  it('ends every line with CRLF, the last one too', () => {
    const { text } = exportOf(tiny, schedule, { milestones: schedule.milestones, reminderMinutes: 10 });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const title = `Ünïcödé ${'日本語のテキスト'.repeat(6)} 😀🎉 ${'é'.repeat(40)} 👩‍💻 end`;
    const roadmap = makeRoadmap([
      { id: 'long', title, hours: 1, items: ['x'.repeat(200), `${'ß'.repeat(50)}😀${'z'.repeat(73)}`] },
    ]);
    const text = exportOf(roadmap, schedulePlan(roadmap, basePlan(), { today: '2026-11-30' })).text;
    const lines = physicalLines(text);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) {
      const bytes = encoder.encode(line);
      expect(bytes.length, line).toBeLessThanOrEqual(75);
      // A line that splits a character is not valid UTF-8 on its own.
      expect(() => strictUtf8.decode(bytes), line).not.toThrow();
    }
    const [event] = parseIcs(text).events;
    expect(event!.summary).toBe(`Tiny · ${title}`);
    expect(event!.description).toContain(`• ${'ß'.repeat(50)}😀${'z'.repeat(73)}`);
  });

  it('escapes comma, semicolon, backslash and newline and keeps non-ASCII as it is', () => {
    const roadmap = makeRoadmap([
      {
        id: 'odd',
        title: 'Paths, C:\\temp; ünïcode',
        hours: 1,
        items: ['one;two,three\\four'],
        tip: 'line one\nline two\r\nline three',
      },
    ]);
    const schedule = schedulePlan(roadmap, basePlan(), { today: '2026-11-30' });
    const { text } = exportOf(roadmap, schedule, { calendarName: 'Mine, for now; a\\b' });
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Tiny · Paths\\, C:\\\\temp\\; ünïcode\r\n');
    expect(unfolded).toContain('• one\\;two\\,three\\\\four');
    expect(unfolded).toContain('Important: line one\\nline two\\nline three');
    expect(unfolded).toContain('X-WR-CALNAME:Mine\\, for now\\; a\\\\b\r\n');
    const parsed = parseIcs(text);
    expect(parsed.events[0]!.summary).toBe('Tiny · Paths, C:\\temp; ünïcode');
    expect(parsed.events[0]!.description).toContain('• one;two,three\\four');
    expect(parsed.events[0]!.description).toContain('Important: line one\nline two\nline three');
    // ical.js reads X- properties raw; calendars (and python's icalendar) read this one as TEXT.
    expect(parsed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Mine\\, for now\\; a\\\\b');
  });

  it('drops control characters RFC 5545 does not allow in text', () => {
    const roadmap = makeRoadmap([{ id: 'ctl', title: 'Bell\u0007 and\u0000 tab\there', hours: 1 }]);
    const { text } = exportOf(roadmap, schedulePlan(roadmap, basePlan(), { today: '2026-11-30' }));
    expect(parseIcs(text).events[0]!.summary).toBe('Tiny · Bell and tab\there');
  });

  it('drops hidden characters: a title "Read\u202Etxt.exe" is "Readtxt.exe" wherever it is written', () => {
    const roadmap = makeRoadmap([
      { id: 'read-txt-exe', title: 'Read\u202Etxt.exe', hours: 1, items: ['Open Read\u202Etxt.exe\u200B'] },
    ]);
    const schedule = schedulePlan(roadmap, basePlan(), { today: '2026-11-30' });
    const { text } = exportOf(roadmap, schedule, { reminderMinutes: 10, calendarName: 'Mine\u2066' });
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]/);
    const [event] = parseIcs(text).events;
    expect(event!.summary).toBe('Tiny · Readtxt.exe');
    expect(event!.description).toContain('• Open Readtxt.exe');
    expect(event!.alarmDescription).toBe('Tiny · Readtxt.exe');
  });

  it('cleans the summary of a cancelled event that an older history kept with hidden characters', () => {
    const first = exportOf(tiny, schedule);
    const events = Object.fromEntries(
      Object.entries(first.history.events).map(([uid, event]) => [
        uid,
        { ...event, summary: `x\u202E${event.summary}` },
      ]),
    );
    const { text } = exportOf(tiny, schedule, {
      sessions: [],
      planSessionIds: new Set(),
      history: { ...first.history, events },
    });
    const cancelled = parseIcs(text).events;
    expect(cancelled.length).toBe(schedule.sessions.length);
    expect(
      cancelled.every((event) => event.status === 'CANCELLED' && event.summary.startsWith('xTiny · ')),
    ).toBe(true);
  });

  it('adds a display reminder to planned sessions when asked', () => {
    const { text } = exportOf(tiny, schedule, { reminderMinutes: 15 });
    expect(text).toContain(
      'BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nDESCRIPTION:Tiny · First Steps (1/2)\r\nEND:VALARM',
    );
    const events = parseIcs(text).events;
    expect(events.every((e) => e.trigger === '-PT15M')).toBe(true);
    expect(events[0]!.alarmDescription).toBe(events[0]!.summary);
    expect(exportOf(tiny, schedule).text).not.toContain('VALARM');
    expect(() => exportOf(tiny, schedule, { reminderMinutes: -5 })).toThrow(RangeError);
    expect(() => exportOf(tiny, schedule, { reminderMinutes: 1.5 })).toThrow(RangeError);
  });

  it('refuses a plan id that cannot go into a UID and another plan’s history', () => {
    expect(() => exportOf(tiny, schedule, { planId: 'a b' })).toThrow(RangeError);
    const { history } = exportOf(tiny, schedule);
    expect(() => exportOf(tiny, schedule, { planId: 'plan-2', history })).toThrow(/plan-1/);
  });
});

describe('buildIcs: milestones', () => {
  const milestones: Milestone[] = [
    { phase: 1, target: '2026-12-31', projectedEnd: '2026-12-03', onTrack: true },
    { phase: 2, target: null, projectedEnd: '2026-12-04', onTrack: true },
  ];

  it('are all-day events: VALUE=DATE, DTEND the next day, free time', () => {
    const schedule = schedulePlan(tiny, basePlan(), { today: '2026-11-30' });
    const { text, events } = exportOf(tiny, schedule, { milestones });
    expect(events).toBe(schedule.sessions.length + 3);
    expect(text).toContain(
      'UID:phase-1-end@plan-1.roadmap-planner\r\nSEQUENCE:0\r\nDTSTAMP:20261130T080000Z\r\nDTSTART;VALUE=DATE:20261203\r\nDTEND;VALUE=DATE:20261204\r\n',
    );
    expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    const parsed = parseIcs(text).events.filter((e) => e.allDay);
    expect(parsed.map((e) => [e.summary, e.startDay, e.endDay])).toEqual([
      ['Tiny · Phase 1 ends', '2026-12-03', '2026-12-04'],
      ['Tiny · Phase 1 target', '2026-12-31', '2027-01-01'],
      ['Tiny · Phase 2 ends', '2026-12-04', '2026-12-05'],
    ]);
    expect(parsed[0]!.description).toBe(
      'Phase 1: Stage 1: its last planned session is on this day.\nTarget: 31 Dec 2026 (on track)',
    );
    expect(parsed[1]!.description).toBe(
      'Phase 1: Stage 1: target date.\nProjected end: 3 Dec 2026 (on track)',
    );
    expect(parsed[0]!.categories).toEqual(['Phase 1: Stage 1', 'Milestone']);
    expect(text).toContain('TRANSP:TRANSPARENT');
  });

  it('are cancelled when their date goes away, and left alone when not exported', () => {
    const schedule = schedulePlan(tiny, basePlan(), { today: '2026-11-30' });
    const first = exportOf(tiny, schedule, { milestones });
    // Milestones left out of an export stay in calendars.
    const without = exportOf(tiny, schedule, { history: first.history });
    expect(without.cancelled).toBe(0);
    expect(Object.keys(without.history.events)).toContain(icsUid('phase-1-target', 'plan-1'));
    // Phase 1 without its target: the target event is cancelled; phase 2, not exported, stays.
    const next = exportOf(tiny, schedule, {
      history: without.history,
      milestones: [{ phase: 1, target: null, projectedEnd: '2026-12-03', onTrack: true }],
    });
    expect(next.cancelled).toBe(1);
    const cancelled = parseIcs(next.text).events.find((e) => e.status === 'CANCELLED')!;
    expect(cancelled).toMatchObject({ uid: icsUid('phase-1-target', 'plan-1'), allDay: true, sequence: 1 });
    expect(cancelled.startDay).toBe('2026-12-31');
    expect(Object.keys(next.history.events)).toContain(icsUid('phase-2-end', 'plan-1'));
  });
});

// ——— daylight-saving changes ———

describe('buildIcs across daylight-saving changes', () => {
  // Nightly sessions through both changes of a year, at a time inside the changing hour.
  const cases = [
    // The repeated hour's first occurrence (CEST); the skipped hour read with the offset before it.
    {
      zone: 'Europe/Berlin',
      start: '2026-10-20',
      at: '02:30',
      days: ['2026-10-25', '2027-03-28'],
      utc: ['20261025T003000Z', '20270328T013000Z'],
    },
    {
      zone: 'America/New_York',
      start: '2026-10-28',
      at: '01:30',
      days: ['2026-11-01', '2027-03-14'],
      utc: ['20261101T053000Z', '20270314T063000Z'],
    },
    {
      zone: 'Australia/Sydney',
      start: '2026-10-01',
      at: '02:30',
      days: ['2026-10-04', '2027-04-04'],
      utc: ['20261003T163000Z', '20270403T153000Z'],
    },
  ];
  const roadmap = makeRoadmap([
    { id: 'long-haul', title: 'Long Haul', hours: 200 },
    { id: 'wrap-up', title: 'Wrap Up', hours: 100, prerequisites: ['long-haul'] },
  ]);

  for (const { zone, start, at, days, utc } of cases) {
    it(`puts sessions at the scheduler's instants in ${zone}`, () => {
      const plan = basePlan({
        timeZone: zone,
        startDate: start,
        sessionStart: everyDay(at),
        availability: everyDay(90),
        maxSessionMinutes: 90,
      });
      const schedule = schedulePlan(roadmap, plan, { today: start });
      for (const day of days)
        expect(
          schedule.sessions.some((s) => s.date === day),
          day,
        ).toBe(true);
      const { text } = exportOf(roadmap, schedule, { milestones: schedule.milestones });
      const { events } = parseIcs(text);
      expect(events.filter((e) => !e.allDay)).toHaveLength(schedule.sessions.length);
      expectSessionsMatch(events, schedule.sessions, 'plan-1');
      for (const stamp of utc) expect(text).toContain(`\r\nDTSTART:${stamp}\r\n`);
      // Each change day's session lasts its real 90 minutes.
      for (const day of days) {
        const session = schedule.sessions.find((s) => s.date === day)!;
        const event = events.find((e) => e.uid === icsUid(session.id, 'plan-1'))!;
        expect(event.end - event.start).toBe(90 * 60_000);
      }
    });
  }
});
