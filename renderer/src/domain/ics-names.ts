import { localDay } from './calendar-day';
import type { IcsRange } from './ics-range';
import type { Roadmap } from './roadmap';
import { slugify } from './slug';

/** The domain part of every event UID the app writes (`…@<plan>.roadmap-planner`). */
export const UID_DOMAIN = 'roadmap-planner';

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

/** Whether a session id or UID key is a review day's (`review#2026-12-04`), not a study session's (`topic#2`). */
export function isReviewKey(key: string): boolean {
  return /^review#\d{4}-\d{2}-\d{2}$/.test(key);
}

/** Whether an event UID is a review day's, whichever plan wrote it. */
export function isReviewUid(uid: string): boolean {
  const at = uid.indexOf('@');
  return at > 0 && isReviewKey(uid.slice(0, at));
}

/** The session id or milestone key an `icsUid` of this plan was made from. */
export function icsUidKey(uid: string, planId: string): string {
  return uid.slice(0, uid.length - icsUid('', planId).length);
}

/**
 * The file name of an export, saying what it holds: `fastapi-study-plan-2026-12-03.ics` (the
 * whole plan), `fastapi-next-4-weeks-2026-12-03.ics`, `fastapi-phase-2-2026-12-03.ics`; an
 * imported roadmap's slug stands for `fastapi`. Dated by the machine's day of `now`.
 */
export function icsExportFileName(roadmap: Pick<Roadmap, 'id'>, range: IcsRange, now: Date): string {
  const what =
    range.kind === 'all'
      ? 'study-plan'
      : range.kind === 'weeks'
        ? `next-${range.weeks === 1 ? 'week' : `${range.weeks}-weeks`}`
        : `phase-${range.phase}`;
  return `${slugify(roadmap.id) || 'roadmap'}-${what}-${localDay(now)}.ics`;
}
