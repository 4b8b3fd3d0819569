import {
  formatHours,
  formatShortDay,
  formatWeekdayDay,
  minutesToHours,
  reviewTimeIncluded,
} from '../../domain';
import type { Phase, Schedule, Topic, TopicId } from '../../domain';

/** What the projection needs of a roadmap: its phases and which phase each topic is in. */
export type ProjectionRoadmap = {
  phases: readonly Phase[];
  topicsById: ReadonlyMap<TopicId, Pick<Topic, 'phaseNumber'>>;
};

/** One phase's line in the what-if panel. */
export type PhaseProjection = {
  phase: number;
  /** `Phase 1: Foundations`. */
  name: string;
  /** Projected end date, or null when nothing is left or not everything could be placed. */
  end: string | null;
  /** `includes 1.5 h of review` when the end makes room for planned reviews, else null. */
  review: string | null;
  /** The saved plan's projected end, when it differs from `end`; undefined when not compared. */
  previousEnd?: string | null;
  target: string | null;
  /** Plain words: `on track for 1 May 2027`, `12 h short of 1 May 2027`, `no target`. */
  status: string;
  onTrack: boolean;
};

/**
 * The what-if lines per roadmap phase. `previous` (the saved plan's schedule) adds the saved
 * end where it differs, so the effect of a change is visible at once.
 */
export function phaseProjections(
  roadmap: ProjectionRoadmap,
  schedule: Schedule,
  previous: Schedule | null,
): PhaseProjection[] {
  const previousEnds = new Map(previous?.milestones.map((m) => [m.phase, m.projectedEnd]));
  return roadmap.phases.map((phase) => {
    const milestone = schedule.milestones.find((m) => m.phase === phase.number);
    const end = milestone?.projectedEnd ?? null;
    const target = milestone?.target ?? null;
    const onTrack = milestone?.onTrack ?? true;
    const row: PhaseProjection = {
      phase: phase.number,
      name: `Phase ${phase.number}: ${phase.title}`,
      end,
      review: end === null ? null : reviewTimeIncluded(milestone?.reviewMinutes),
      target,
      onTrack,
      status: phaseStatus(roadmap, schedule, phase.number, end, target, onTrack),
    };
    if (previous && previousEnds.has(phase.number) && previousEnds.get(phase.number) !== end) {
      row.previousEnd = previousEnds.get(phase.number) ?? null;
    }
    return row;
  });
}

/** Minutes of planned work still ahead: logged sessions are history, not work left. */
export function minutesLeft(schedule: Schedule): number {
  return schedule.sessions.reduce((sum, session) => (session.logged ? sum : sum + session.minutes), 0);
}

/** How a projected end reads: `Mon 12 Apr 2027`, or why there is none. */
export function formatEnd(end: string | null, onTrack: boolean): string {
  if (end !== null) return formatWeekdayDay(end, true);
  return onTrack ? 'nothing left' : 'not all planned';
}

function phaseStatus(
  roadmap: Pick<ProjectionRoadmap, 'topicsById'>,
  schedule: Schedule,
  phase: number,
  end: string | null,
  target: string | null,
  onTrack: boolean,
): string {
  if (target === null) return end === null && !onTrack ? 'some work does not fit in the plan' : 'no target';
  if (onTrack) return `on track for ${formatShortDay(target, true)}`;
  if (end === null) return `does not fit before ${formatShortDay(target, true)}`;
  // The scheduler's warning already names the gap (capacity before the target against the
  // work needed); quoting it keeps the two lines from disagreeing.
  const warned = schedule.warnings
    .find((w) => w.code === 'target-missed' && w.message.startsWith(`Phase ${phase} needs `))
    ?.message.match(/: (\d+(?:\.\d+)? h) short/)?.[1];
  if (warned) return `${warned} short of ${formatShortDay(target, true)}`;
  // Otherwise (session lengths waste time), the work up to this phase that lands after the target.
  const late = schedule.sessions
    .filter((s) => {
      const topicPhase = roadmap.topicsById.get(s.topicId)?.phaseNumber ?? 0;
      return !s.logged && s.date > target && topicPhase > 0 && topicPhase <= phase;
    })
    .reduce((sum, s) => sum + s.minutes, 0);
  return `${formatHours(minutesToHours(late))} short of ${formatShortDay(target, true)}`;
}
