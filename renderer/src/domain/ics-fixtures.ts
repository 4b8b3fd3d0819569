import ICAL from 'ical.js';
import { expect } from 'vitest';
import { buildIcs } from './ics';
import type { BuildIcsOptions } from './ics';
import { icsUid } from './ics-names';
import { icsPlanSessionIds } from './ics-range';
import type { Plan } from './plan';
import type { DocLink, Phase, Roadmap, Section, Topic } from './roadmap';
import { basePlan as schedulePlanFixture } from './schedule-fixtures';
import type { Schedule, ScheduledSession } from './schedule-types';

// Shared by the calendar export's tests: a tiny roadmap, an export with defaults, and the
// file read back with ical.js, the parser calendars like Thunderbird use.

export type TopicSpec = {
  id: string;
  title?: string;
  phase?: number;
  hours: number;
  items?: string[];
  tip?: string | null;
  links?: DocLink[];
  prerequisites?: string[];
};

export function makeRoadmap(specs: TopicSpec[], id = 'tiny', title = 'Tiny Roadmap'): Roadmap {
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

/** The scheduler tests' plan for the tiny roadmap, sessions of at most an hour. */
export const basePlan = (over: Partial<Plan> = {}): Plan =>
  schedulePlanFixture({ roadmap: 'tiny', maxSessionMinutes: 60, ...over });

export const NOW = new Date('2026-11-30T08:00:00Z');

export function exportOf(roadmap: Roadmap, schedule: Schedule, over: Partial<BuildIcsOptions> = {}) {
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

export type ParsedEvent = {
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
export function parseIcs(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
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
export const physicalLines = (text: string) => text.slice(0, -2).split('\r\n');

/** Every event matches its session: UID, instant and length. */
export function expectSessionsMatch(
  events: ParsedEvent[],
  sessions: readonly ScheduledSession[],
  planId: string,
) {
  const byUid = new Map(events.map((e) => [e.uid, e]));
  for (const session of sessions) {
    const event = byUid.get(icsUid(session.id, planId));
    expect(event, session.id).toBeDefined();
    expect(event!.start, session.id).toBe(Date.parse(session.start));
    expect(event!.end, session.id).toBe(Date.parse(session.end));
    expect((event!.end - event!.start) / 60_000, session.id).toBe(session.minutes);
  }
}

/** Two phases, three topics, one with sub-points, a tip and a link. */
export const tiny = makeRoadmap([
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
