import type { IcsEvent } from './ics-events';
import type { IcsExportHistory, IcsHistoryEvent } from './ics-history';
import { icsUidKey, isReviewKey } from './ics-names';
import { hash53 } from './ics-text';
import { ownValue } from './own-value';

/** What an export covers, for telling events it dropped from events it merely left out. */
export type IcsExportScope = {
  planId: string;
  /** UIDs of sessions logged missed. */
  missed: ReadonlySet<string>;
  /** The roadmap's phase numbers. */
  phases: ReadonlySet<number>;
  /** Phases whose milestones the export holds. */
  exportedPhases: ReadonlySet<number>;
  /** Ids of the sessions and review days of the whole current plan (`icsPlanEventIds`). */
  planSessionIds: ReadonlySet<string>;
  /**
   * The export's instant (ms): a review day over before it that the plan no longer holds
   * stays as it was, history (the plan holds only reviews to come), as calendar sync leaves it.
   */
  now?: number;
  /**
   * Whether an event exported before (by its session id or milestone key) lies in the part
   * of the plan this export holds (`icsHistoryInRange`); absent for the whole plan. Only
   * events inside it are cancelled when gone: a narrower export leaves the rest alone.
   */
  inRange?: (key: string, before: IcsHistoryEvent) => boolean;
};

/** What `sequenceEvents` decides for an export against the last one. */
export type IcsSequencing = {
  /** SEQUENCE of each live event, in the order given. */
  sequences: number[];
  /** Events exported before and gone now, to write once more as cancelled: by start, then UID. */
  gone: [string, IcsHistoryEvent][];
  /** The history for the next export (its `exportedAt` still to set). */
  events: Record<string, IcsHistoryEvent>;
  retired: Record<string, number>;
};

/**
 * Compares an export with the last one's history: unchanged events keep their SEQUENCE,
 * changed ones get one higher, events back after a cancellation outrank it; events gone from
 * the plan (or logged missed) are cancelled with one higher, then retired, when they lie in the
 * export's range. Events an export only leaves out (other weeks, other phases, milestones not
 * asked for) stay as they were, and so do gone ones outside its range: the next export that
 * covers them cancels them.
 */
export function sequenceEvents(
  live: readonly IcsEvent[],
  history: IcsExportHistory | null,
  scope: IcsExportScope,
): IcsSequencing {
  const previous = history?.events ?? {};
  const retired = new Map(Object.entries(history?.retired ?? {}));
  const events: Record<string, IcsHistoryEvent> = {};
  const sequences: number[] = [];
  for (const event of live) {
    const fingerprint = fingerprintOf(event);
    const before = ownValue(previous, event.uid);
    const sequence = before
      ? before.sequence + (before.fingerprint === fingerprint ? 0 : 1)
      : (retired.get(event.uid) ?? -1) + 1;
    retired.delete(event.uid);
    sequences.push(sequence);
    events[event.uid] = {
      sequence,
      fingerprint,
      start: event.start,
      end: event.end,
      ...(event.day === undefined ? {} : { day: event.day }),
      summary: event.summary,
      ...(event.allDay ? { allDay: true } : {}),
    };
  }

  const seen = new Set(live.map((event) => event.uid));
  const gone: [string, IcsHistoryEvent][] = [];
  for (const [uid, before] of Object.entries(previous)) {
    if (seen.has(uid)) continue;
    if (staysInCalendars(uid, before, scope)) events[uid] = before;
    else gone.push([uid, before]);
  }
  gone.sort(([a, x], [b, y]) => (x.start < y.start ? -1 : x.start > y.start ? 1 : a < b ? -1 : 1));
  for (const [uid, before] of gone) retired.set(uid, before.sequence + 1);
  return { sequences, gone, events, retired: Object.fromEntries(retired) };
}

/** Whether an event exported before and absent from this export is only left out of it. */
function staysInCalendars(uid: string, before: IcsHistoryEvent, scope: IcsExportScope): boolean {
  if (scope.missed.has(uid)) return false;
  const key = icsUidKey(uid, scope.planId);
  if (scope.inRange && !scope.inRange(key, before)) return true;
  if (isReviewKey(key) && scope.now !== undefined && Date.parse(before.end) <= scope.now) return true;
  const milestonePhase = /^phase-(\d+)-(?:end|target)$/.exec(key);
  if (!milestonePhase) return scope.planSessionIds.has(key);
  const phase = Number(milestonePhase[1]);
  return scope.phases.has(phase) && !scope.exportedPhases.has(phase);
}

/** Everything a calendar shows for an event, DTSTAMP aside, hashed. */
function fingerprintOf(event: IcsEvent): string {
  return hash53(JSON.stringify([event.allDay, event.start, event.end, ...contentOf(event)]));
}

/** What a calendar shows for an event besides its time and DTSTAMP, hashed: a moved event keeps it. */
export function icsContentKey(event: IcsEvent): string {
  return hash53(JSON.stringify([event.allDay, ...contentOf(event)]));
}

function contentOf(event: IcsEvent): unknown[] {
  return [event.summary, event.descriptionKey, event.categories, event.transparent, event.alarm];
}
