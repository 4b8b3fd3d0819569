import ical, {
  ICalAlarmType,
  ICalCalendarMethod,
  ICalEvent,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';
import type { ICalEventData } from 'ical-generator';
import { dateOfDay, dayNumber, formatDayNumber } from './day-number';
import type { IcsExportHistory, IcsHistoryEvent } from './ics-history';
import type { Roadmap } from './roadmap';
import type { Milestone, Schedule, ScheduledSession } from './schedule';

/** Which part of a plan an export holds: all of it, the next `weeks` weeks from today, or one phase. */
export type IcsRange = { kind: 'all' } | { kind: 'weeks'; weeks: number } | { kind: 'phase'; phase: number };

/** Longest reminder offered: a week before the session. */
export const MAX_REMINDER_MINUTES = 7 * 24 * 60;

const UID_DOMAIN = 'roadmap-planner';
/** A plan id goes into every UID unescaped (ical-generator writes UIDs as given). */
const PLAN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const PRODID = '-//Roadmap Planner//Study plan//EN';

/**
 * The sessions of `schedule` an export of `range` holds, in time order. `today` is the
 * plan zone's date (`YYYY-MM-DD`); `weeks` covers `today` and the `7 × weeks − 1` days after.
 * Sessions logged missed are kept: `buildIcs` cancels the ones calendars already hold.
 */
export function sessionsInRange(
  roadmap: Pick<Roadmap, 'topicsById'>,
  schedule: Pick<Schedule, 'sessions'>,
  range: IcsRange,
  today: string,
): ScheduledSession[] {
  switch (range.kind) {
    case 'all':
      return [...schedule.sessions];
    case 'weeks': {
      const [from, to] = weeksWindow(range.weeks, today);
      return schedule.sessions.filter((s) => s.date >= from && s.date < to);
    }
    case 'phase':
      return schedule.sessions.filter((s) => roadmap.topicsById.get(s.topicId)?.phaseNumber === range.phase);
  }
}

/**
 * The milestones an export of `range` holds: all, the phase's own, or those with a projected
 * end or target inside the weeks.
 */
export function milestonesInRange(
  schedule: Pick<Schedule, 'milestones'>,
  range: IcsRange,
  today: string,
): Milestone[] {
  switch (range.kind) {
    case 'all':
      return [...schedule.milestones];
    case 'weeks': {
      const [from, to] = weeksWindow(range.weeks, today);
      const inside = (date: string | null) => date !== null && date >= from && date < to;
      return schedule.milestones.filter((m) => inside(m.projectedEnd) || inside(m.target));
    }
    case 'phase':
      return schedule.milestones.filter((m) => m.phase === range.phase);
  }
}

/**
 * Ids of every session of the whole plan that calendars should keep (all but those logged
 * missed): `buildIcs`'s `planSessionIds`.
 */
export function icsPlanSessionIds(schedule: Pick<Schedule, 'sessions'>): Set<string> {
  return new Set(schedule.sessions.filter((s) => s.logged !== 'missed').map((s) => s.id));
}

/**
 * A roadmap's short name for event titles: its id as the title spells it (`fastapi` in
 * "FastAPI Complete…" → `FastAPI`), else the id's words capitalised (`web-dev` → `Web Dev`).
 */
export function roadmapShortName(roadmap: Pick<Roadmap, 'id' | 'title'>): string {
  const words = roadmap.id.split(/[-_.\s]+/).filter((w) => w !== '');
  if (words.length === 0) return roadmap.title;
  const pattern = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s._-]*');
  const spelled = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu').exec(roadmap.title);
  return spelled ? spelled[0] : words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}

/** The calendar UID of a session (`topic#2`) or milestone key in a plan: the same in every export. */
export function icsUid(id: string, planId: string): string {
  return `${id}@${planId}.${UID_DOMAIN}`;
}

export type BuildIcsOptions = {
  roadmap: Pick<Roadmap, 'id' | 'title' | 'phases' | 'sections' | 'topicsById'>;
  /** Goes into every UID: letters, digits, `.`, `_`, `-`. */
  planId: string;
  /** X-WR-CALNAME, e.g. `FastAPI study plan`. */
  calendarName: string;
  /** Event title prefix; defaults to `roadmapShortName(roadmap)`. */
  calendarPrefix?: string;
  /** The sessions to export (see `sessionsInRange`). */
  sessions: readonly ScheduledSession[];
  /**
   * Ids of the sessions of the whole current plan (`icsPlanSessionIds`): an event exported
   * before and missing from `sessions` is cancelled only when its id is not here, so an
   * export of a few weeks leaves the rest of the plan alone.
   */
  planSessionIds: ReadonlySet<string>;
  /** Milestones to export (see `milestonesInRange`); null leaves milestones out. */
  milestones: readonly Milestone[] | null;
  /** Minutes before each planned session for a reminder; null for none. */
  reminderMinutes: number | null;
  /** This plan's history from the last export; null for a first export. */
  history: IcsExportHistory | null;
  /** DTSTAMP of every event, and the history's `exportedAt`. */
  now: Date;
};

export type BuildIcsResult = {
  /** The iCalendar file: CRLF line ends (the last line too), folded at 75 octets. */
  text: string;
  /** To store for the next export of this plan. */
  history: IcsExportHistory;
  /** Events written as live (sessions and milestones). */
  events: number;
  /** Events written as cancelled. */
  cancelled: number;
};

/** The content of one event, before ical-generator writes it. */
type IcsEvent = {
  uid: string;
  allDay: boolean;
  /** UTC ISO instants, or `YYYY-MM-DD` days (end exclusive) when `allDay`. */
  start: string;
  end: string;
  summary: string;
  description: string;
  /** Changes whenever `description` does, and is short: what the fingerprint hashes. */
  descriptionKey: string;
  categories: string[];
  transparent: boolean;
  alarm: number | null;
};

/**
 * Builds the `.ics` file of a plan's sessions and milestones (RFC 5545, METHOD:PUBLISH) with
 * ical-generator, and the history the next export needs. Times are written in UTC. Against
 * `history`: unchanged events keep their SEQUENCE, changed ones get a higher one, and events
 * gone from the plan (or logged missed) are written once more as STATUS:CANCELLED, then
 * dropped. Milestones are all-day events: "Phase n ends" on the projected end and
 * "Phase n target" on the target, each only when the date is known.
 */
export function buildIcs(options: BuildIcsOptions): BuildIcsResult {
  const { roadmap, planId, history, now, reminderMinutes } = options;
  if (!PLAN_ID.test(planId)) throw new RangeError(`buildIcs: plan id "${planId}" is not usable in a UID`);
  if (history !== null && history.planId !== planId) {
    throw new RangeError(`buildIcs: the history is plan "${history.planId}"'s, not "${planId}"'s`);
  }
  if (
    reminderMinutes !== null &&
    !(Number.isInteger(reminderMinutes) && reminderMinutes >= 0 && reminderMinutes <= MAX_REMINDER_MINUTES)
  ) {
    throw new RangeError(`buildIcs: a reminder is 0 to ${MAX_REMINDER_MINUTES} whole minutes before`);
  }
  const prefix = clean(options.calendarPrefix ?? roadmapShortName(roadmap));
  const previous = history?.events ?? {};
  const retired = new Map(Object.entries(history?.retired ?? {}));

  const live: IcsEvent[] = [];
  const missed = new Set<string>();
  const seen = new Set<string>();
  const topicText = topicTexts(roadmap);
  for (const session of options.sessions) {
    const uid = icsUid(session.id, planId);
    if (session.logged === 'missed') {
      missed.add(uid);
      continue;
    }
    if (seen.has(uid)) continue;
    seen.add(uid);
    const topic = topicText(session.topicId);
    const many = session.parts > 1;
    const part = many ? ` (${session.part}/${session.parts})` : '';
    const done = session.logged === 'done' ? ' · done' : '';
    const head = `${many ? `Part ${session.part} of ${session.parts} · ` : ''}${session.minutes} min${done}`;
    live.push({
      uid,
      allDay: false,
      start: new Date(Date.parse(session.start)).toISOString(),
      end: new Date(Date.parse(session.end)).toISOString(),
      summary: `${prefix} · ${topic.title}${part}`,
      description: topic.body === '' ? head : `${head}\n\n${topic.body}`,
      descriptionKey: `${head}\n\n${topic.bodyHash}`,
      categories: topic.categories,
      transparent: false,
      // Done work needs no reminder.
      alarm: session.logged === undefined ? reminderMinutes : null,
    });
  }
  const exportedPhases = new Set<number>();
  for (const milestone of options.milestones ?? []) {
    exportedPhases.add(milestone.phase);
    for (const event of milestoneEvents(roadmap, milestone, prefix, planId)) {
      if (seen.has(event.uid)) continue;
      seen.add(event.uid);
      live.push(event);
    }
  }

  const events: Record<string, IcsHistoryEvent> = {};
  // ical-generator writes the calendar and every event, but the events are folded here: its
  // own folding (a string built a character at a time) took most of a large export's time.
  // Each event is written as soon as it is made and left to the garbage collector young,
  // rather than kept on the calendar until the end.
  const host = ical();
  const written: string[] = [];
  const calendar = ical({
    prodId: PRODID.slice(1), // ical-generator writes the leading '-' itself
    method: ICalCalendarMethod.PUBLISH,
    scale: 'gregorian',
    // Written as given (no escaping) in NAME and X-WR-CALNAME.
    name: escapeText(clean(options.calendarName)),
  });
  for (const event of live) {
    const fingerprint = fingerprintOf(event);
    const before = previous[event.uid];
    const sequence = before
      ? before.sequence + (before.fingerprint === fingerprint ? 0 : 1)
      : (retired.get(event.uid) ?? -1) + 1;
    retired.delete(event.uid);
    written.push(
      new ICalEvent(
        { ...eventData(event, now), sequence, status: ICalEventStatus.CONFIRMED },
        host,
      ).toString(),
    );
    events[event.uid] = {
      sequence,
      fingerprint,
      start: event.start,
      end: event.end,
      summary: event.summary,
      ...(event.allDay ? { allDay: true } : {}),
    };
  }

  const phases = new Set(roadmap.phases.map((p) => p.number));
  const gone: [string, IcsHistoryEvent][] = [];
  for (const [uid, before] of Object.entries(previous)) {
    if (seen.has(uid)) continue;
    const key = uid.slice(0, uid.length - `@${planId}.${UID_DOMAIN}`.length);
    const milestonePhase = /^phase-(\d+)-(?:end|target)$/.exec(key);
    const stays = missed.has(uid)
      ? false
      : milestonePhase
        ? phases.has(Number(milestonePhase[1])) && !exportedPhases.has(Number(milestonePhase[1]))
        : options.planSessionIds.has(key);
    if (stays) events[uid] = before;
    else gone.push([uid, before]);
  }
  gone.sort(([a, x], [b, y]) => (x.start < y.start ? -1 : x.start > y.start ? 1 : a < b ? -1 : 1));
  for (const [uid, before] of gone) {
    const sequence = before.sequence + 1;
    const cancelled = new ICalEvent(
      {
        id: uid,
        sequence,
        stamp: now,
        allDay: before.allDay === true,
        start: toDate(before.start),
        end: toDate(before.end),
        summary: before.summary,
        status: ICalEventStatus.CANCELLED,
        ...(before.allDay ? { transparency: ICalEventTransparency.TRANSPARENT } : {}),
      },
      host,
    );
    written.push(cancelled.toString());
    retired.set(uid, sequence);
  }

  // Events go where ical-generator puts them, before the closing line; its output also
  // leaves the last line without its CRLF.
  const shell = calendar.toString();
  const close = 'END:VCALENDAR';
  if (!shell.endsWith(`\r\n${close}`)) throw new Error('buildIcs: unexpected calendar from ical-generator');
  const text = `${shell.slice(0, -close.length)}${foldIcsLines(written.join(''))}${close}\r\n`;
  return {
    text,
    history: { planId, exportedAt: now.toISOString(), events, retired: Object.fromEntries(retired) },
    events: live.length,
    cancelled: gone.length,
  };
}

/** What to export of a plan, as the export dialog and the command line ask for it. */
export type PlanIcsRequest = {
  roadmap: BuildIcsOptions['roadmap'];
  schedule: Pick<Schedule, 'sessions' | 'milestones'>;
  planId: string;
  range: IcsRange;
  /** The plan zone's date, for `weeks` ranges. */
  today: string;
  withMilestones: boolean;
  reminderMinutes: number | null;
  history: IcsExportHistory | null;
  now: Date;
};

/**
 * The calendar file of a plan, as the app exports it: the range's sessions (and milestones),
 * named `<Roadmap> study plan`, with its file name. The app and `planner export-ics` both
 * come here, so they write the same file.
 */
export function planIcs(request: PlanIcsRequest): BuildIcsResult & { fileName: string } {
  const { roadmap, schedule, range, today, now } = request;
  const calendarName = `${roadmapShortName(roadmap)} study plan`;
  const result = buildIcs({
    roadmap,
    planId: request.planId,
    calendarName,
    sessions: sessionsInRange(roadmap, schedule, range, today),
    planSessionIds: icsPlanSessionIds(schedule),
    milestones: request.withMilestones ? milestonesInRange(schedule, range, today) : null,
    reminderMinutes: request.reminderMinutes,
    history: request.history,
    now,
  });
  return { ...result, fileName: icsFileName(calendarName, now) };
}

/** A file name for an export: `fastapi-study-plan-2026-12-01.ics` (the machine's date of `now`). */
export function icsFileName(calendarName: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const name = calendarName
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase()
    .replace(/^-+|-+$/g, '');
  return `${name || 'study-plan'}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.ics`;
}

function weeksWindow(weeks: number, today: string): [string, string] {
  if (!Number.isInteger(weeks) || weeks < 1) throw new RangeError(`weeks must be a whole number ≥ 1`);
  return [today, dateOfDay(dayNumber(today) + 7 * weeks)];
}

function eventData(event: IcsEvent, now: Date): ICalEventData {
  return {
    id: event.uid,
    stamp: now,
    allDay: event.allDay,
    start: toDate(event.start),
    end: toDate(event.end),
    summary: event.summary,
    description: event.description,
    categories: event.categories.map((name) => ({ name })),
    ...(event.transparent ? { transparency: ICalEventTransparency.TRANSPARENT } : {}),
    alarms:
      event.alarm === null
        ? []
        : [{ type: ICalAlarmType.display, trigger: event.alarm * 60, description: event.summary }],
  };
}

/** A UTC instant, or the UTC midnight of a day: ical-generator writes all-day dates from UTC fields. */
function toDate(value: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  return new Date(value);
}

function milestoneEvents(
  roadmap: Pick<Roadmap, 'phases'>,
  milestone: Milestone,
  prefix: string,
  planId: string,
): IcsEvent[] {
  const phase = phaseLabel(roadmap, milestone.phase);
  const day = (date: string) => formatDayNumber(dayNumber(date));
  const standing = milestone.onTrack ? 'on track' : 'behind';
  const allDay = (key: string, date: string, summary: string, description: string): IcsEvent => ({
    uid: icsUid(key, planId),
    allDay: true,
    start: date,
    end: dateOfDay(dayNumber(date) + 1),
    summary: `${prefix} · ${summary}`,
    description,
    descriptionKey: description,
    categories: [phase, 'Milestone'],
    transparent: true,
    alarm: null,
  });
  const events: IcsEvent[] = [];
  const { projectedEnd, target } = milestone;
  if (projectedEnd !== null) {
    const against = target === null ? '' : `\nTarget: ${day(target)} (${standing})`;
    events.push(
      allDay(
        `phase-${milestone.phase}-end`,
        projectedEnd,
        `Phase ${milestone.phase} ends`,
        `${phase}: its last planned session is on this day.${against}`,
      ),
    );
  }
  if (target !== null) {
    const projected = projectedEnd === null ? 'not planned' : `${day(projectedEnd)} (${standing})`;
    events.push(
      allDay(
        `phase-${milestone.phase}-target`,
        target,
        `Phase ${milestone.phase} target`,
        `${phase}: target date.\nProjected end: ${projected}`,
      ),
    );
  }
  return events;
}

function phaseLabel(roadmap: Pick<Roadmap, 'phases'>, number: number): string {
  const title = clean(roadmap.phases.find((p) => p.number === number)?.title ?? '');
  return title === '' ? `Phase ${number}` : `Phase ${number}: ${title}`;
}

type TopicText = { title: string; categories: string[]; body: string; bodyHash: string };

/**
 * What a topic's sessions share, worked out once per topic: title, categories, and the
 * DESCRIPTION below a session's own first line (phase and section, sub-points, tip, links).
 */
function topicTexts(roadmap: Pick<Roadmap, 'phases' | 'sections' | 'topicsById'>): (id: string) => TopicText {
  const cache = new Map<string, TopicText>();
  const sections = new Map(roadmap.sections.map((section) => [section.number, section]));
  return (id) => {
    let text = cache.get(id);
    if (text !== undefined) return text;
    const topic = roadmap.topicsById.get(id);
    if (!topic) {
      text = { title: clean(id), categories: [], body: '', bodyHash: '' };
    } else {
      const section = sections.get(topic.sectionNumber);
      const categories = topic.phaseNumber > 0 ? [phaseLabel(roadmap, topic.phaseNumber)] : [];
      if (section) categories.push(`${section.number}. ${clean(section.title)}`);
      const blocks = [categories.join('\n')];
      if (topic.items.length > 0) blocks.push(topic.items.map((item) => `• ${clean(item.text)}`).join('\n'));
      if (topic.tip !== null) blocks.push(`Important: ${clean(topic.tip)}`);
      if (topic.links.length > 0) {
        const links = topic.links.map((link) => `${clean(link.title)}\n${clean(link.url)}`);
        blocks.push(`Documentation:\n${links.join('\n')}`);
      }
      const body = blocks.filter((block) => block !== '').join('\n\n');
      text = { title: clean(topic.title), categories, body, bodyHash: hash53(body) };
    }
    cache.set(id, text);
    return text;
  };
}

/**
 * Text fit for a TEXT value: CR LF and lone CR become LF (ical-generator writes `\n`), and
 * control characters RFC 5545 forbids are dropped.
 */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** RFC 5545 TEXT escaping, for the calendar name ical-generator writes unescaped. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

/** Everything a calendar shows for an event, DTSTAMP aside, hashed. */
function fingerprintOf(event: IcsEvent): string {
  return hash53(
    JSON.stringify([
      event.allDay,
      event.start,
      event.end,
      event.summary,
      event.descriptionKey,
      event.categories,
      event.transparent,
      event.alarm,
    ]),
  );
}

/** cyrb53: a fast 53-bit string hash, base 36. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Folds iCalendar lines (CRLF-separated) at 75 octets of UTF-8, continuation lines starting
 * with a space, never inside a character (a surrogate pair counts as one 4-octet character).
 */
export function foldIcsLines(text: string): string {
  // One pass appending slices: V8 joins them as ropes, several times faster than split/map/join.
  let out = '';
  let start = 0;
  for (;;) {
    let end = text.indexOf('\r\n', start);
    if (end < 0) end = text.length;
    // 25 UTF-16 units are at most 75 octets.
    if (end - start > 25) {
      let from = start;
      let octets = 0;
      // The first line holds 75 octets; the others 74 after their leading space.
      let limit = 75;
      for (let i = start; i < end;) {
        const code = text.charCodeAt(i);
        let width = 1;
        let units = 1;
        if (code >= 0x80) {
          width = code < 0x800 ? 2 : 3;
          if (code >= 0xd800 && code <= 0xdbff) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
              width = 4;
              units = 2;
            }
          }
        }
        if (octets + width > limit) {
          out += `${text.slice(from, i)}\r\n `;
          from = i;
          octets = 0;
          limit = 74;
        }
        octets += width;
        i += units;
      }
      out += text.slice(from, end);
    } else {
      out += text.slice(start, end);
    }
    if (end === text.length) return out;
    out += '\r\n';
    start = end + 2;
  }
}
