import { addMonths, daysBetween, monthOf } from './calendar-day';
import type { Roadmap, TopicId } from './roadmap';
import type { Milestone, ScheduledSession } from './schedule-types';

/** A section's time on the plan: from its first session's day to its last's. */
export type TimelineSection = {
  number: number;
  title: string;
  start: string;
  end: string;
  /** Study minutes planned or done in the section (missed sessions not counted). */
  minutes: number;
};

/** A phase on the timeline: its sections with sessions, and its target against its projected end. */
export type TimelinePhase = {
  number: number;
  title: string;
  target: string | null;
  projectedEnd: string | null;
  onTrack: boolean;
  /** Only sections that have sessions, in roadmap order. */
  sections: TimelineSection[];
};

/** Sections over time, grouped by phase; `start`/`end` are null when there is nothing to show. */
export type Timeline = {
  start: string | null;
  end: string | null;
  phases: TimelinePhase[];
};

/** A month boundary on a timeline axis. */
export type MonthTick = { month: string; day: string };

/**
 * When each section of each phase is studied, from the sessions: a section spans its first
 * to its last session's day; missed sessions are left out (their work is planned again).
 * The whole span covers every session and every phase target.
 */
export function phaseTimeline(
  roadmap: Pick<Roadmap, 'sections' | 'phases' | 'topics'>,
  sessions: readonly ScheduledSession[],
  milestones: readonly Milestone[],
): Timeline {
  const sectionOf = new Map<TopicId, number>(roadmap.topics.map((t) => [t.id, t.sectionNumber]));
  const spans = new Map<number, { start: string; end: string; minutes: number }>();
  for (const session of sessions) {
    if (session.logged === 'missed') continue;
    const section = sectionOf.get(session.topicId);
    if (section === undefined) continue;
    const span = spans.get(section);
    if (!span) spans.set(section, { start: session.date, end: session.date, minutes: session.minutes });
    else {
      if (session.date < span.start) span.start = session.date;
      if (session.date > span.end) span.end = session.date;
      span.minutes += session.minutes;
    }
  }

  const sectionsByNumber = new Map(roadmap.sections.map((s) => [s.number, s]));
  const milestoneOf = new Map(milestones.map((m) => [m.phase, m]));
  const phases = roadmap.phases.map((phase): TimelinePhase => {
    const milestone = milestoneOf.get(phase.number);
    const sections = phase.sections.flatMap((number): TimelineSection[] => {
      const span = spans.get(number);
      const section = sectionsByNumber.get(number);
      return span && section ? [{ number, title: section.title, ...span }] : [];
    });
    return {
      number: phase.number,
      title: phase.title,
      target: milestone?.target ?? null,
      projectedEnd: milestone?.projectedEnd ?? null,
      onTrack: milestone?.onTrack ?? true,
      sections,
    };
  });

  const days = [
    ...[...spans.values()].flatMap((s) => [s.start, s.end]),
    ...phases.flatMap((p) => (p.target ? [p.target] : [])),
  ].sort();
  return { start: days[0] ?? null, end: days.at(-1) ?? null, phases };
}

/** The first day of every month that begins within `start`–`end`, for a timeline's axis. */
export function monthTicks(start: string, end: string): MonthTick[] {
  const ticks: MonthTick[] = [];
  let day = `${monthOf(start)}-01`;
  if (day < start) day = addMonths(day, 1);
  for (; day <= end; day = addMonths(day, 1)) ticks.push({ month: monthOf(day), day });
  return ticks;
}

/** Where `day` begins on a timeline from `start` to `end` (both whole days), as 0–1. */
export function timelineFraction(start: string, end: string, day: string): number {
  return daysBetween(start, day) / (daysBetween(start, end) + 1);
}
