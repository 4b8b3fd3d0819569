import { dateOfDay, dayNumber } from './calendar-day';
import { formatShortDay } from './date-style';
import { icsUid } from './ics-names';
import { clean, hash53 } from './ics-text';
import { reviewSessionTitle } from './review-types';
import type { ReviewSession } from './review-types';
import type { Roadmap } from './roadmap';
import type { Milestone, ScheduledSession } from './schedule-types';

/** The content of one event, before ical-generator writes it. */
export type IcsEvent = {
  uid: string;
  allDay: boolean;
  /** UTC ISO instants, or `YYYY-MM-DD` days (end exclusive) when `allDay`. */
  start: string;
  end: string;
  /** The plan day of a session or review day (`YYYY-MM-DD`): what a weeks export's range is made of. */
  day?: string;
  summary: string;
  description: string;
  /** Changes whenever `description` does, and is short: what the fingerprint hashes. */
  descriptionKey: string;
  categories: string[];
  transparent: boolean;
  alarm: number | null;
};

/** The events an export writes as live, and what the history needs to judge the rest. */
export type LiveEvents = {
  /** Sessions, review days, then milestones, each UID once. */
  live: IcsEvent[];
  /** UIDs of sessions logged missed: calendars that hold them get them cancelled. */
  missed: Set<string>;
  /** Phases whose milestones this export holds. */
  exportedPhases: Set<number>;
};

/** What `liveEvents` builds from: `buildIcs`'s options, the prefix worked out. */
export type LiveEventsInput = {
  roadmap: Pick<Roadmap, 'phases' | 'sections' | 'topicsById'>;
  planId: string;
  /** Event title prefix, already clean. */
  prefix: string;
  sessions: readonly ScheduledSession[];
  /** Review days (see `reviewsInRange`); none when absent. */
  reviews?: readonly ReviewSession[];
  milestones: readonly Milestone[] | null;
  reminderMinutes: number | null;
};

/**
 * The events of an export: one per session not logged missed (titled and described from its
 * topic, with a reminder unless it is logged done), one per review day (its topics' titles,
 * with a reminder), then the milestones' all-day events.
 */
export function liveEvents(input: LiveEventsInput): LiveEvents {
  const { roadmap, planId, prefix, reminderMinutes } = input;
  const live: IcsEvent[] = [];
  const missed = new Set<string>();
  const seen = new Set<string>();
  const topicText = topicTexts(roadmap);
  for (const session of input.sessions) {
    const uid = icsUid(session.id, planId);
    if (session.logged === 'missed') {
      missed.add(uid);
      continue;
    }
    if (seen.has(uid)) continue;
    seen.add(uid);
    live.push(sessionEvent(session, uid, topicText(session.topicId), prefix, reminderMinutes));
  }
  for (const review of input.reviews ?? []) {
    const uid = icsUid(review.id, planId);
    if (seen.has(uid)) continue;
    seen.add(uid);
    live.push(reviewEvent(review, uid, topicText, prefix, reminderMinutes));
  }
  const exportedPhases = new Set<number>();
  for (const milestone of input.milestones ?? []) {
    exportedPhases.add(milestone.phase);
    for (const event of milestoneEvents(roadmap, milestone, prefix, planId)) {
      if (seen.has(event.uid)) continue;
      seen.add(event.uid);
      live.push(event);
    }
  }
  return { live, missed, exportedPhases };
}

function sessionEvent(
  session: ScheduledSession,
  uid: string,
  topic: TopicText,
  prefix: string,
  reminderMinutes: number | null,
): IcsEvent {
  const many = session.parts > 1;
  const part = many ? ` (${session.part}/${session.parts})` : '';
  const done = session.logged === 'done' ? ' · done' : '';
  const head = `${many ? `Part ${session.part} of ${session.parts} · ` : ''}${session.minutes} min${done}`;
  return {
    uid,
    allDay: false,
    start: new Date(Date.parse(session.start)).toISOString(),
    end: new Date(Date.parse(session.end)).toISOString(),
    day: session.date,
    summary: `${prefix} · ${topic.title}${part}`,
    description: topic.body === '' ? head : `${head}\n\n${topic.body}`,
    descriptionKey: `${head}\n\n${topic.bodyHash}`,
    categories: topic.categories,
    transparent: false,
    // Done work needs no reminder.
    alarm: session.logged === undefined ? reminderMinutes : null,
  };
}

/**
 * A review day's event: "Review · 3 topics · 45 min", described by the topics' titles (the
 * prompts themselves are in the app's review view). A planned review always gets the reminder.
 */
function reviewEvent(
  review: ReviewSession,
  uid: string,
  topicText: (id: string) => TopicText,
  prefix: string,
  reminderMinutes: number | null,
): IcsEvent {
  const titles = review.topics.map((id) => `• ${topicText(id).title}`);
  const description = ['Spaced review of finished topics:', ...titles].join('\n');
  return {
    uid,
    allDay: false,
    start: new Date(Date.parse(review.start)).toISOString(),
    end: new Date(Date.parse(review.end)).toISOString(),
    day: review.date,
    summary: `${prefix} · ${clean(reviewSessionTitle(review))}`,
    description,
    descriptionKey: hash53(description),
    categories: ['Review'],
    transparent: false,
    alarm: reminderMinutes,
  };
}

/**
 * A milestone's all-day events: "Phase n ends" on its projected end and "Phase n target" on
 * its target, each only when the date is known.
 */
function milestoneEvents(
  roadmap: Pick<Roadmap, 'phases'>,
  milestone: Milestone,
  prefix: string,
  planId: string,
): IcsEvent[] {
  const phase = phaseLabel(roadmap, milestone.phase);
  const day = (date: string) => formatShortDay(date, true);
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
