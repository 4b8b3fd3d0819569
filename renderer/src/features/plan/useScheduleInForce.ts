import { useEffect, useMemo, useState } from 'react';
import type { Schedule } from '../../domain';
import type { PlanRecord } from '../../storage';
import type * as LivingPlanModule from './living-plan';
import type { Inputs } from './living-plan';
import type { OffThreadScheduler } from './off-thread';

type Answer = { key: string; inputs: Inputs; schedule: Schedule };

/** The schedule on screen, and whether a newer one is being worked out off the UI thread. */
export type ScheduleInForce = { schedule: Schedule | null; planning: boolean };

/**
 * The schedule in force for `record`: scheduled on the UI thread for small plans (as fast as
 * a render, so nothing flickers), in a worker for large ones. While the worker works, the
 * last schedule of the same plan stays on screen (a minute passing or a topic marked done
 * changes little); a plan saved or replanned shows none until its own arrives. Should the
 * worker fail, plans are scheduled on the UI thread again.
 */
export function useScheduleInForce(
  living: typeof LivingPlanModule | null,
  record: PlanRecord | null,
  inputs: Inputs | null,
  offThread: OffThreadScheduler,
): ScheduleInForce {
  const [workerFailed, setWorkerFailed] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const large = useMemo(() => (living && inputs ? living.isLargePlan(inputs) : false), [living, inputs]);
  const offThreadNow = large && !workerFailed;
  const onThread = useMemo(
    () => (living && record && inputs && !offThreadNow ? living.scheduleInForce(record, inputs) : null),
    [living, record, inputs, offThreadNow],
  );

  useEffect(() => {
    if (!offThreadNow || !record || !inputs) return;
    let live = true;
    offThread.inForce(record, inputs).then(
      (schedule) => {
        if (live && schedule) setAnswer({ key: planKey(record), inputs, schedule });
      },
      () => {
        if (live) setWorkerFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [offThreadNow, record, inputs, offThread]);

  if (!offThreadNow || !record) return { schedule: onThread, planning: false };
  const sameRecord = answer?.key === planKey(record);
  return { schedule: sameRecord ? answer.schedule : null, planning: answer?.inputs !== inputs };
}

/**
 * Which saved plan a record is: the store reads a new record object on every change (a
 * logged session too), so identity would not do.
 */
function planKey(record: PlanRecord): string {
  return `${record.roadmapId} ${record.id} ${record.updatedAt}`;
}
