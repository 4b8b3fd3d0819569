import { dateOfDay, dayNumber } from './calendar-day';
import { formatShortDay } from './date-style';
import { formatHours, formatMinutes, minutesToHours } from './hours';
import { ownValue } from './own-value';
import type { Plan } from './plan';
import type { TopicId } from './roadmap';
import { MAX_SESSIONS } from './schedule-placement';
import type { Milestone, ScheduleWarning, SchedulingRoadmap } from './schedule-types';

/**
 * Why placing stopped before the work ran out: at the horizon (the last plan day it looks
 * at), at the session cap, or not at all.
 */
export type PlacementStop = { cause: 'horizon'; limitDay: number } | { cause: 'cap' } | null;

/**
 * Each phase's projected end (its last session's day) against its target, in phase order,
 * with a warning that says what would fix each missed target.
 */
export function phaseMilestones(
  roadmap: SchedulingRoadmap,
  plan: Plan,
  order: readonly TopicId[],
  remaining: ReadonlyMap<TopicId, number>,
  lastDayOf: ReadonlyMap<TopicId, number>,
  startDay: number,
  capacity: (day: number) => number,
  warnings: ScheduleWarning[],
  stop: PlacementStop = null,
): Milestone[] {
  const phaseOf = new Map(roadmap.topics.map((t) => [t.id, t.phaseNumber]));
  const position = new Map(order.map((id, i) => [id, i]));
  const phases = [...roadmap.phases].sort((a, b) => a.number - b.number);
  return phases.map(({ number }) => {
    const target = ownValue(plan.phaseTargets, String(number)) ?? null;
    const ids = order.filter((id) => phaseOf.get(id) === number && remaining.get(id)! > 0);
    const lastDays = ids.map((id) => lastDayOf.get(id));
    const complete = lastDays.every((d) => d !== undefined);
    const endDay = complete && lastDays.length > 0 ? Math.max(...(lastDays as number[])) : null;
    const projectedEnd = endDay === null ? null : dateOfDay(endDay);
    const onTrack = complete && (target === null || projectedEnd === null || projectedEnd <= target);
    if (target !== null && !onTrack) {
      // Phases run in order, so making this phase's date means finishing everything before it too.
      const lastIndex = Math.max(...ids.map((id) => position.get(id)!));
      const needed = order.slice(0, lastIndex + 1).reduce((sum, id) => sum + remaining.get(id)!, 0);
      warnings.push({
        code: 'target-missed',
        message: targetMessage(number, target, projectedEnd, needed, startDay, capacity, stop),
      });
    }
    return { phase: number, target, projectedEnd, onTrack };
  });
}

/** "Phase 2 needs 64 h, 41 h are available by 15 Mar 2027: 23 h short — add 2 h a week or move the date to 12 Apr 2027". */
function targetMessage(
  phase: number,
  target: string,
  projectedEnd: string | null,
  neededMinutes: number,
  startDay: number,
  capacity: (day: number) => number,
  stop: PlacementStop,
): string {
  const targetDay = dayNumber(target);
  const moveTo = projectedEnd === null ? '' : `move the date to ${formatShortDay(projectedEnd, true)}`;
  if (targetDay < startDay) {
    return `Phase ${phase}'s target ${formatDay(targetDay)} is before planning starts (${formatDay(startDay)})${moveTo ? ` — ${moveTo}` : ''}`;
  }
  // Nothing is planned past the horizon: time after it cannot count towards a later target.
  const pastHorizon = projectedEnd === null && stop?.cause === 'horizon' && targetDay > stop.limitDay;
  const lastDay = pastHorizon ? stop.limitDay : targetDay;
  let available = 0;
  for (let day = startDay; day <= lastDay; day++) available += capacity(day);
  const short = neededMinutes - available;
  const by = pastHorizon ? `${formatDay(lastDay)}, where planning stops` : formatDay(targetDay);
  const head = `Phase ${phase} needs ${formatHours(minutesToHours(neededMinutes))}, ${formatHours(minutesToHours(available))} are available by ${by}`;
  if (short <= 0 && projectedEnd === null && stop?.cause === 'cap') {
    return `${head}, but the plan stops at ${MAX_SESSIONS.toLocaleString('en')} sessions — lengthen the shortest session or skip topics`;
  }
  if (short <= 0) {
    // Enough minutes in total, but session lengths and breaks leave some day ends unusable.
    return `${head}, but session lengths and breaks leave some of that time unused — ${moveTo || 'lower the shortest session'}`;
  }
  const weeks = (lastDay - startDay + 1) / 7;
  const perWeek = Math.ceil(short / weeks / 5) * 5;
  const add = `add ${formatMinutes(perWeek)} a week`;
  return `${head}: ${formatHours(minutesToHours(short))} short — ${add}${moveTo ? ` or ${moveTo}` : ''}`;
}

function formatDay(day: number): string {
  return formatShortDay(dateOfDay(day), true);
}
