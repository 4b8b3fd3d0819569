import { useCallback, useRef, useState } from 'react';
import { plannedSessions } from '../../domain';
import type { PlanSettings, Schedule } from '../../domain';
import type * as LivingPlanModule from './living-plan';
import type { Inputs } from './living-plan';
import type { OffThreadScheduler } from './off-thread';

const NOTHING: Schedule = { sessions: [], milestones: [], warnings: [], reserve: [], reviews: [] };

/** Projections worked out for one schedule in force and one set of inputs. */
type Answers = {
  current: Schedule | null;
  inputsFor: (settings: PlanSettings) => Inputs;
  answers: Map<string, Schedule>;
  /** Settings asked for and not answered yet, oldest first (the last two are kept). */
  wanted: Map<string, PlanSettings>;
  inFlight: Set<string>;
  flushing: boolean;
};

/**
 * The Plan view's `project` (what-if): small plans are scheduled as they are asked for; large
 * ones in the worker. Until a large projection arrives the last one stands in (at first the
 * schedule in force); when it arrives `project` changes, so the view asks again and gets it.
 */
export function useProject(
  living: typeof LivingPlanModule | null,
  offThread: OffThreadScheduler,
  current: Schedule | null,
  inputsFor: (settings: PlanSettings) => Inputs,
): (settings: PlanSettings) => Schedule {
  const [version, setVersion] = useState(0);
  const [workerFailed, setWorkerFailed] = useState(false);
  const state = useRef<Answers | null>(null);
  const last = useRef<Schedule | null>(null);

  return useCallback(
    (settings: PlanSettings): Schedule => {
      if (!living) return NOTHING;
      const inputs = inputsFor(settings);
      if (workerFailed || !living.isLargePlan(inputs)) return living.replanned(current, inputs);
      let answers = state.current;
      if (!answers || answers.current !== current || answers.inputsFor !== inputsFor) {
        answers = {
          current,
          inputsFor,
          answers: new Map(),
          wanted: new Map(),
          inFlight: new Set(),
          flushing: false,
        };
        state.current = answers;
      }
      const key = JSON.stringify(settings);
      const answer = answers.answers.get(key);
      if (answer) return answer;
      answers.wanted.delete(key);
      answers.wanted.set(key, settings);
      if (answers.wanted.size > 2) answers.wanted.delete(answers.wanted.keys().next().value!);
      // The view asks for a draft and the saved settings in one render: one request for both.
      if (!answers.flushing && !answers.inFlight.has(key)) {
        answers.flushing = true;
        const asked = answers;
        queueMicrotask(() => {
          asked.flushing = false;
          // The newest request supersedes one in flight, so it carries every projection still wanted.
          const keys = [...asked.wanted.keys()];
          if (keys.length === 0) return;
          asked.inFlight = new Set(keys);
          const sessions = asked.current ? plannedSessions(asked.current) : null;
          offThread
            .project(
              sessions,
              keys.map((k) => asked.inputsFor(asked.wanted.get(k)!)),
            )
            .then(
              (schedules) => {
                if (!schedules || state.current !== asked) return;
                keys.forEach((k, i) => {
                  asked.answers.set(k, schedules[i]!);
                  asked.wanted.delete(k);
                });
                last.current = schedules[0] ?? last.current;
                setVersion((v) => v + 1);
              },
              () => setWorkerFailed(true),
            );
        });
      }
      return last.current ?? current ?? NOTHING;
    },
    // `version` is what makes the view ask again once an answer is in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [living, offThread, current, inputsFor, workerFailed, version],
  );
}
