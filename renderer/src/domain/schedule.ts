import { dateOfDay, dayNumber, formatShortDay } from './calendar-day';
import { formatHours, minutesToHours } from './hours';
import type { Plan } from './plan';
import type { Roadmap } from './roadmap';
import { addYears, dayCapacity } from './schedule-days';
import { phaseMilestones } from './schedule-milestones';
import { placeWork } from './schedule-placement';
import type { Placement } from './schedule-placement';
import { toSessions } from './schedule-sessions';
import type { Schedule, ScheduleOptions, ScheduleWarning } from './schedule-types';
import { remainingMinutes, studyOrder } from './schedule-work';
import { inPlanZone, offsetsIn } from './schedule-zone';

/** How far ahead the scheduler looks before giving up: five years of days. */
export const SCHEDULE_HORIZON_YEARS = 5;

/**
 * Plans the open topics of `roadmap` into dated sessions following DESIGN §5: topics in
 * topological order (phases first, then roadmap order for ties), one after another, so no
 * topic starts before its prerequisites' last sessions end; each day filled from its
 * weekday's start time up to its minutes, never on blackout days, never before
 * max(startDate, today); sessions at most `maxSessionMinutes` and at least
 * `minSessionMinutes` unless they finish a topic. Pure and deterministic; stops with a
 * warning when there is no time at all or the work would run past five years.
 */
export function schedulePlan(
  roadmap: Pick<Roadmap, 'topics' | 'phases'>,
  plan: Plan,
  options: ScheduleOptions,
): Schedule {
  const warnings: ScheduleWarning[] = [];
  const known = new Set(roadmap.topics.map((topic) => topic.id));
  const offsetAt = offsetsIn(plan.timeZone);
  const log = (options.log ?? [])
    .filter((entry) => known.has(entry.topicId))
    .map((entry) => inPlanZone(entry, offsetAt));
  const remaining = remainingMinutes(roadmap.topics, plan, log);
  const order = studyOrder(roadmap.topics, remaining);
  if (order.length < remaining.size) {
    const placed = new Set(order);
    const left = [...remaining.keys()].filter((id) => !placed.has(id));
    warnings.push({
      code: 'cycle',
      message: `${left.length} topic(s) wait on each other in a cycle and were not planned: ${left.join(', ')}`,
    });
  }

  const startDay = Math.max(dayNumber(plan.startDate), dayNumber(options.today));
  const limitDay = addYears(startDay, SCHEDULE_HORIZON_YEARS);
  const capacity = dayCapacity(plan, log, startDay);
  const totalMinutes = order.reduce((sum, id) => sum + remaining.get(id)!, 0);

  let placement: Placement = { chunksByTopic: new Map(), unplaced: 0 };
  if (totalMinutes > 0 && Object.values(plan.availability).every((m) => m === 0)) {
    warnings.push({
      code: 'no-availability',
      message: `No minutes are available on any weekday: ${formatHours(minutesToHours(totalMinutes))} of work cannot be planned. Add study time to at least one weekday.`,
    });
  } else {
    placement = placeWork(order, remaining, {
      startDay,
      limitDay,
      capacity,
      minSessionMinutes: plan.minSessionMinutes,
      maxSessionMinutes: plan.maxSessionMinutes,
    });
    if (placement.unplaced > 0) {
      warnings.push({
        code: 'too-long',
        message: `The plan runs past ${SCHEDULE_HORIZON_YEARS} years (${formatShortDay(dateOfDay(limitDay), true)}): ${formatHours(minutesToHours(placement.unplaced))} of work are left unplanned. Add study time or skip topics.`,
      });
    }
  }

  const { chunksByTopic } = placement;
  const sessions = toSessions(order, chunksByTopic, plan, log, startDay, offsetAt);
  const milestones = phaseMilestones(
    roadmap,
    plan,
    order,
    remaining,
    chunksByTopic,
    startDay,
    capacity,
    warnings,
  );
  return { sessions, milestones, warnings };
}
