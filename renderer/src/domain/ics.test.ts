import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import {
  buildIcs,
  foldIcsLines,
  icsFileName,
  icsPlanSessionIds,
  icsUid,
  milestonesInRange,
  planIcs,
  roadmapShortName,
  sessionsInRange,
} from './ics';
import type { BuildIcsOptions } from './ics';
import { icsExportHistorySchema, parseIcsExportHistory } from './ics-history';
import type { IcsExportHistory } from './ics-history';
import { WEEKDAYS } from './plan';
import type { Plan, Weekday } from './plan';
import type { DocLink, Phase, Roadmap, Section, Topic } from './roadmap';
import { schedulePlan } from './schedule';
import type { LoggedSession, Milestone, Schedule, ScheduledSession } from './schedule';

// ——— fixtures ———

type TopicSpec = {
  id: string;
  title?: string;
  phase?: number;
  hours: number;
  items?: string[];
  tip?: string | null;
  links?: DocLink[];
  prerequisites?: string[];
};

function makeRoadmap(specs: TopicSpec[], id = 'tiny', title = 'Tiny Roadmap'): Roadmap {
  const topics: Topic[] = specs.map((spec) => ({
    id: spec.id,
    title: spec.title ?? spec.id,
    sectionNumber: spec.phase ?? 1,
    phaseNumber: spec.phase ?? 1,
    items: (spec.items ?? []).map((text, i) => ({ id: `i${i}`, text, spans: [{ text }], line: 1 })),
    tip: spec.tip ?? null,
    tipSpans: [],
    estimateHours: spec.hours,
    prerequisites: spec.prerequisites ?? [],
    links: spec.links ?? [],
    line: 1,
  }));
  const phaseNumbers = [...new Set(topics.map((t) => t.phaseNumber))].sort((a, b) => a - b);
  const phases: Phase[] = phaseNumbers.map((n) => ({
    number: n,
    title: `Stage ${n}`,
    sections: [n],
    line: 1,
  }));
  const sections: Section[] = phaseNumbers.map((n) => ({
    number: n,
    title: `Section ${n} title`,
    phaseNumber: n,
    topics: topics.filter((t) => t.sectionNumber === n),
    line: 1,
  }));
  return {
    id,
    title,
    phases,
    sections,
    topics,
    topicsById: new Map(topics.map((t) => [t.id, t])),
    edges: topics.flatMap((t) => t.prerequisites.map((from) => ({ from, to: t.id }))),
  };
}

const everyDay = <T>(value: T) => Object.fromEntries(WEEKDAYS.map((d) => [d, value])) as Record<Weekday, T>;

const basePlan = (over: Partial<Plan> = {}): Plan => ({
  roadmap: 'tiny',
  startDate: '2026-12-01',
  timeZone: 'Europe/Berlin',
  availability: everyDay(60),
  sessionStart: everyDay('19:00'),
  maxSessionMinutes: 60,
  minSessionMinutes: 30,
  blackoutDates: [],
  phaseTargets: {},
  statuses: {},
  ...over,
});

const NOW = new Date('2026-11-30T08:00:00Z');

function exportOf(roadmap: Roadmap, schedule: Schedule, over: Partial<BuildIcsOptions> = {}) {
  return buildIcs({
    roadmap,
    planId: 'plan-1',
    calendarName: 'Tiny study plan',
    sessions: schedule.sessions,
    planSessionIds: icsPlanSessionIds(schedule),
    milestones: null,
    reminderMinutes: null,
    history: null,
    now: NOW,
    ...over,
  });
}

type ParsedEvent = {
  uid: string;
  sequence: number;
  status: string | null;
  summary: string;
  description: string;
  categories: string[];
  start: number;
  end: number;
  allDay: boolean;
  startDay: string;
  endDay: string;
  trigger: string | null;
  alarmDescription: string | null;
};

/** Reads an .ics file back with ical.js, the parser calendars like Thunderbird use. */
function parseIcs(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const alarm = vevent.getFirstSubcomponent('valarm');
    const day = (time: ICAL.Time) =>
      `${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: vevent.getFirstPropertyValue('status') as string | null,
      summary: event.summary,
      description: event.description,
      categories: vevent.getFirstProperty('categories')?.getValues().map(String) ?? [],
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      allDay: event.startDate.isDate,
      startDay: day(event.startDate),
      endDay: day(event.endDate),
      trigger: alarm ? String(alarm.getFirstPropertyValue('trigger')) : null,
      alarmDescription: alarm ? (alarm.getFirstPropertyValue('description') as string) : null,
    };
  });
  return { calendar, events };
}

/** Physical lines (folded, as written), without their CRLF. */
const physicalLines = (text: string) => text.slice(0, -2).split('\r\n');
const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Every event matches its session: UID, instant and length. */
function expectSessionsMatch(events: ParsedEvent[], sessions: readonly ScheduledSession[], planId: string) {
  const byUid = new Map(events.map((e) => [e.uid, e]));
  for (const session of sessions) {
    const event = byUid.get(icsUid(session.id, planId));
    expect(event, session.id).toBeDefined();
    expect(event!.start, session.id).toBe(Date.parse(session.start));
    expect(event!.end, session.id).toBe(Date.parse(session.end));
    expect((event!.end - event!.start) / 60_000, session.id).toBe(session.minutes);
  }
}

const tiny = makeRoadmap([
  {
    id: 'first-steps',
    title: 'First Steps',
    hours: 2,
    items: ['Install `tool`', 'Read the guide'],
    tip: 'Take it slow.',
    links: [{ title: 'Docs', url: 'https://example.org/docs' }],
  },
  { id: 'second-steps', title: 'Second Steps', hours: 1, prerequisites: ['first-steps'] },
  { id: 'later', title: 'Later On', phase: 2, hours: 1, prerequisites: ['second-steps'] },
]);

// ——— the file ———

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

describe('foldIcsLines', () => {
  const unfold = (text: string) => text.replace(/\r\n /g, '');

  it('folds at exactly 75 octets, continuation lines holding 74 after their space', () => {
    expect(foldIcsLines('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLines('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldIcsLines('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
    // A 4-octet emoji that would straddle octet 75 moves whole to the next line.
    expect(foldIcsLines(`${'x'.repeat(73)}😀`)).toBe(`${'x'.repeat(73)}\r\n 😀`);
    expect(foldIcsLines(`${'x'.repeat(71)}😀`)).toBe(`${'x'.repeat(71)}😀`);
    // 2- and 3-octet characters likewise.
    expect(foldIcsLines(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`);
    expect(foldIcsLines(`${'x'.repeat(73)}€y`)).toBe(`${'x'.repeat(73)}\r\n €y`);
    expect(foldIcsLines('a\r\nb')).toBe('a\r\nb');
  });

  it('never exceeds 75 octets nor splits a character, and unfolds to the same text', () => {
    const line = fc.string({ unit: 'binary', maxLength: 400 }).map((t) => t.replace(/[\r\n]/g, ''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = lines.join('\r\n');
        const folded = foldIcsLines(text);
        expect(unfold(folded)).toBe(text);
        for (const physical of folded.split('\r\n')) {
          const bytes = encoder.encode(physical);
          expect(bytes.length).toBeLessThanOrEqual(75);
          if (!/[\ud800-\udfff]/.test(physical)) expect(() => strictUtf8.decode(bytes)).not.toThrow();
        }
      }),
    );
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

// ——— re-export ———

describe('buildIcs re-export', () => {
  const plan = basePlan();
  const schedule = schedulePlan(tiny, plan, { today: '2026-11-30' });

  it('keeps UIDs and SEQUENCE when nothing changed', () => {
    const first = exportOf(tiny, schedule, { milestones: schedule.milestones });
    const second = exportOf(tiny, schedule, {
      milestones: schedule.milestones,
      history: first.history,
      now: new Date('2026-12-02T10:00:00Z'),
    });
    const a = parseIcs(first.text).events;
    const b = parseIcs(second.text).events;
    expect(b.map((e) => e.uid)).toEqual(a.map((e) => e.uid));
    expect(b.every((e) => e.sequence === 0)).toBe(true);
    expect(second.cancelled).toBe(0);
    expect(second.history.events).toEqual(first.history.events);
    // Only DTSTAMP differs.
    expect(second.text.replace(/DTSTAMP:\w+/g, '')).toBe(first.text.replace(/DTSTAMP:\w+/g, ''));
  });

  it('raises SEQUENCE of changed events and cancels removed ones once', () => {
    const first = exportOf(tiny, schedule);
    // Two hours a day: First Steps now fits one session, so its part 2 is gone.
    const replanned = schedulePlan(tiny, basePlan({ availability: everyDay(120), maxSessionMinutes: 120 }), {
      today: '2026-11-30',
    });
    const second = exportOf(tiny, replanned, { history: first.history });
    const events = parseIcs(second.text).events;
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const uid = (id: string) => icsUid(id, 'plan-1');
    expect(byUid.get(uid('first-steps#1'))).toMatchObject({
      sequence: 1,
      summary: 'Tiny · First Steps',
      status: 'CONFIRMED',
    });
    // Second Steps moved from 3 Dec to 2 Dec.
    expect(byUid.get(uid('second-steps#1'))).toMatchObject({
      sequence: 1,
      start: Date.parse('2026-12-02T18:00:00Z'),
    });
    const gone = byUid.get(uid('first-steps#2'))!;
    expect(gone).toMatchObject({ status: 'CANCELLED', sequence: 1, summary: 'Tiny · First Steps (2/2)' });
    expect(gone.start).toBe(Date.parse(schedule.sessions.find((s) => s.id === 'first-steps#2')!.start));
    expect(second.cancelled).toBe(1);
    expect(second.events).toBe(replanned.sessions.length);
    expect(second.history.events[uid('first-steps#2')]).toBeUndefined();
    expect(second.history.retired[uid('first-steps#2')]).toBe(1);

    const third = exportOf(tiny, replanned, { history: second.history });
    expect(third.cancelled).toBe(0);
    expect(third.text).not.toContain('first-steps#2');
    expect(parseIcs(third.text).events.map((e) => e.sequence)).toEqual(
      parseIcs(second.text)
        .events.filter((e) => e.status !== 'CANCELLED')
        .map((e) => e.sequence),
    );

    // The work comes back: its event outranks the cancellation.
    const fourth = exportOf(tiny, schedule, { history: third.history });
    expect(parseIcs(fourth.text).events.find((e) => e.uid === uid('first-steps#2'))).toMatchObject({
      sequence: 2,
      status: 'CONFIRMED',
    });
    expect(fourth.history.retired[uid('first-steps#2')]).toBeUndefined();
  });

  it('changes SEQUENCE when the reminder changes', () => {
    const first = exportOf(tiny, schedule);
    const second = exportOf(tiny, schedule, { history: first.history, reminderMinutes: 30 });
    expect(parseIcs(second.text).events.every((e) => e.sequence === 1)).toBe(true);
  });

  it('does not cancel events of the plan outside a range export', () => {
    const first = exportOf(tiny, schedule, { milestones: schedule.milestones });
    const week = sessionsInRange(tiny, schedule, { kind: 'weeks', weeks: 1 }, '2026-12-03');
    expect(week.length).toBeGreaterThan(0);
    expect(week.length).toBeLessThan(schedule.sessions.length);
    const partial = exportOf(tiny, schedule, { sessions: week, history: first.history });
    expect(partial.cancelled).toBe(0);
    expect(parseIcs(partial.text).events).toHaveLength(week.length);
    expect(partial.history.events).toEqual(first.history.events);
    // A phase export likewise.
    const phase2 = exportOf(tiny, schedule, {
      sessions: sessionsInRange(tiny, schedule, { kind: 'phase', phase: 2 }, '2026-11-30'),
      milestones: milestonesInRange(schedule, { kind: 'phase', phase: 2 }, '2026-11-30'),
      history: partial.history,
    });
    expect(phase2.cancelled).toBe(0);
    expect(phase2.history.events).toEqual(first.history.events);
  });

  it('cancels sessions logged missed that were exported, and leaves out the others', () => {
    const first = exportOf(tiny, schedule, {
      sessions: sessionsInRange(tiny, schedule, { kind: 'phase', phase: 1 }, '2026-11-30'),
    });
    const missed = (session: ScheduledSession): LoggedSession => ({
      sessionId: session.id,
      topicId: session.topicId,
      outcome: 'missed',
      date: session.date,
      start: session.start,
      end: session.end,
      minutes: session.minutes,
    });
    const exported = schedule.sessions.find((s) => s.id === 'first-steps#1')!;
    const neverExported = schedule.sessions.find((s) => s.id === 'later#1')!;
    const log = [missed(exported), missed(neverExported)];
    const replanned = schedulePlan(tiny, plan, { today: '2026-12-05', log });
    expect(replanned.sessions.filter((s) => s.logged === 'missed')).toHaveLength(2);
    const second = exportOf(tiny, replanned, { history: first.history });
    const events = parseIcs(second.text).events;
    expect(events.find((e) => e.uid === icsUid('first-steps#1', 'plan-1'))).toMatchObject({
      status: 'CANCELLED',
      sequence: 1,
    });
    expect(events.some((e) => e.uid === icsUid('later#1', 'plan-1'))).toBe(false);
    expect(second.history.events[icsUid('first-steps#1', 'plan-1')]).toBeUndefined();
    // Even when the missed session is outside the export's range.
    const rangeOnly = exportOf(tiny, replanned, { sessions: [], history: first.history });
    expect(parseIcs(rangeOnly.text).events.map((e) => [e.uid, e.status])).toEqual([
      [icsUid('first-steps#1', 'plan-1'), 'CANCELLED'],
    ]);
  });

  it('stores a history its schema accepts, through JSON', () => {
    const { history } = exportOf(tiny, schedule, { milestones: schedule.milestones });
    const parsed = parseIcsExportHistory(JSON.parse(JSON.stringify(history)));
    expect(parsed).toEqual({ ok: true, history });
    expect(
      icsExportHistorySchema.parse({ planId: 'p', exportedAt: NOW.toISOString(), events: {} }).retired,
    ).toEqual({});
    const bad: unknown = {
      ...history,
      events: { x: { sequence: -1, fingerprint: 'f', start: 'a', end: 'b', summary: '' } },
    };
    expect(parseIcsExportHistory(bad)).toEqual({
      ok: false,
      message: expect.stringMatching(/^events\.x\.sequence: /),
    });
    const wrongKind: IcsExportHistory['events'][string] = {
      sequence: 0,
      fingerprint: 'f',
      start: '2026-12-01',
      end: '2026-12-02',
      summary: '',
    };
    expect(parseIcsExportHistory({ ...history, events: { x: wrongKind } }).ok).toBe(false);
    expect(parseIcsExportHistory({ ...history, events: { x: { ...wrongKind, allDay: true } } }).ok).toBe(
      true,
    );
  });
});

// ——— ranges and names ———

describe('ranges and names', () => {
  const schedule = schedulePlan(tiny, basePlan(), { today: '2026-11-30' });

  it('selects sessions of the whole plan, the next weeks or a phase', () => {
    expect(sessionsInRange(tiny, schedule, { kind: 'all' }, '2026-11-30')).toEqual(schedule.sessions);
    // 1 Dec to 4 Dec; a week from 3 Dec holds 3 and 4 Dec.
    expect(
      sessionsInRange(tiny, schedule, { kind: 'weeks', weeks: 1 }, '2026-12-03').map((s) => s.date),
    ).toEqual(['2026-12-03', '2026-12-04']);
    expect(
      sessionsInRange(tiny, schedule, { kind: 'weeks', weeks: 1 }, '2026-11-25').map((s) => s.date),
    ).toEqual(['2026-12-01']);
    expect(
      sessionsInRange(tiny, schedule, { kind: 'phase', phase: 2 }, '2026-11-30').map((s) => s.id),
    ).toEqual(['later#1']);
    expect(() => sessionsInRange(tiny, schedule, { kind: 'weeks', weeks: 0 }, '2026-11-30')).toThrow(
      RangeError,
    );
  });

  it('selects milestones of the whole plan, the next weeks or a phase', () => {
    const milestones: Milestone[] = [
      { phase: 1, target: '2027-03-01', projectedEnd: '2026-12-03', onTrack: true },
      { phase: 2, target: null, projectedEnd: '2027-01-20', onTrack: true },
    ];
    const all = { milestones };
    expect(milestonesInRange(all, { kind: 'all' }, '2026-11-30')).toEqual(milestones);
    expect(milestonesInRange(all, { kind: 'weeks', weeks: 2 }, '2026-11-30').map((m) => m.phase)).toEqual([
      1,
    ]);
    expect(milestonesInRange(all, { kind: 'weeks', weeks: 2 }, '2027-02-20').map((m) => m.phase)).toEqual([
      1,
    ]);
    expect(milestonesInRange(all, { kind: 'phase', phase: 2 }, '2026-11-30').map((m) => m.phase)).toEqual([
      2,
    ]);
  });

  it('leaves sessions logged missed out of the plan’s ids', () => {
    const [first] = schedule.sessions;
    const ids = icsPlanSessionIds({ sessions: [first!, { ...schedule.sessions[1]!, logged: 'missed' }] });
    expect([...ids]).toEqual([first!.id]);
  });

  it('spells the short name as the title does, or capitalises the id', () => {
    expect(
      roadmapShortName({
        id: 'fastapi',
        title: 'FastAPI Complete Learning Roadmap (Beginner → Production-Ready)',
      }),
    ).toBe('FastAPI');
    expect(roadmapShortName({ id: 'web-dev', title: 'Modern Web Dev from scratch' })).toBe('Web Dev');
    expect(roadmapShortName({ id: 'synthetic-1000', title: 'A generated roadmap' })).toBe('Synthetic 1000');
    // Not a word inside another word.
    expect(roadmapShortName({ id: 'go', title: 'Google Roadmap' })).toBe('Go');
  });

  it('names the file after the calendar and the day', () => {
    expect(icsFileName('FastAPI study plan', new Date(2026, 11, 1, 12))).toBe(
      'fastapi-study-plan-2026-12-01.ics',
    );
    expect(icsFileName('¿¡', new Date(2026, 0, 9, 12))).toBe('study-plan-2026-01-09.ics');
  });
});

// ——— the real roadmap ———

describe('buildIcs with the FastAPI roadmap', () => {
  const dir = path.resolve(import.meta.dirname, '../../../content/fastapi');
  const roadmap = buildRoadmap({
    markdown: { file: 'roadmap.md', text: readFileSync(path.join(dir, 'roadmap.md'), 'utf8') },
    sidecar: { file: 'sidecar.json', text: readFileSync(path.join(dir, 'sidecar.json'), 'utf8') },
  }).roadmap!;
  const plan = basePlan({
    roadmap: 'fastapi',
    availability: { mon: 60, tue: 60, wed: 60, thu: 60, fri: 60, sat: 180, sun: 0 },
    sessionStart: { ...everyDay('19:00'), sat: '10:00' },
    maxSessionMinutes: 90,
    phaseTargets: { '1': '2027-03-31' },
  });
  const schedule = schedulePlan(roadmap, plan, { today: '2026-11-30' });

  it('planIcs builds the range’s file named after the roadmap, as the app and the CLI export it', () => {
    const file = planIcs({
      roadmap,
      schedule,
      planId: 'plan-1',
      range: { kind: 'weeks', weeks: 1 },
      today: '2026-11-30',
      withMilestones: false,
      reminderMinutes: null,
      history: null,
      now: new Date(2026, 10, 30, 9, 0),
    });
    expect(file.fileName).toBe('fastapi-study-plan-2026-11-30.ics');
    expect(file.text).toContain('X-WR-CALNAME:FastAPI study plan\r\n');
    expect(file.events).toBe(
      sessionsInRange(roadmap, schedule, { kind: 'weeks', weeks: 1 }, '2026-11-30').length,
    );
    expect(file.events).toBeGreaterThan(0);
  });

  it('writes every session and milestone, parsed back at the right instants', () => {
    const calendarName = `${roadmapShortName(roadmap)} study plan`;
    const result = buildIcs({
      roadmap,
      planId: 'fastapi',
      calendarName,
      sessions: schedule.sessions,
      planSessionIds: icsPlanSessionIds(schedule),
      milestones: schedule.milestones,
      reminderMinutes: 10,
      history: null,
      now: NOW,
    });
    expect(calendarName).toBe('FastAPI study plan');
    const { events } = parseIcs(result.text);
    expect(result.events).toBe(schedule.sessions.length + 4);
    expect(events).toHaveLength(result.events);
    expectSessionsMatch(events, schedule.sessions, 'fastapi');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events.every((e) => e.summary.startsWith('FastAPI · '))).toBe(true);
    const oauth = events.filter((e) => e.summary.startsWith('FastAPI · OAuth2 with Password Flow'));
    expect(oauth.length).toBeGreaterThan(1);
    expect(oauth[1]!.summary).toBe(`FastAPI · OAuth2 with Password Flow (2/${oauth.length})`);
    expect(oauth[0]!.description).toContain('• FastAPI’s OAuth2PasswordBearer');
    expect(oauth[0]!.description).toContain('Documentation:\n');
    expect(oauth[0]!.categories[0]).toBe('Phase 2: Intermediate → Production-Ready');
    expect(events.filter((e) => e.allDay).map((e) => e.summary)).toEqual([
      'FastAPI · Phase 1 ends',
      'FastAPI · Phase 1 target',
      'FastAPI · Phase 2 ends',
      'FastAPI · Phase 3 ends',
    ]);
    for (const line of physicalLines(result.text))
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(result.text.endsWith('\r\n')).toBe(true);
  });
});
