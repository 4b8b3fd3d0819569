import type { Schedule, ScheduledSession } from '../../domain';
import type { SchedulingRoadmap } from '../../domain/schedule-types';
import type { PlanRecord, SessionsInForce } from '../../storage';
import type { Inputs } from './living-plan';
import type { ScheduleReply, ScheduleRequest } from './schedule-protocol';

/** A worker as the client uses it: post a request, stop it. Tests pass one without a Worker. */
export type WorkerChannel = { post: (request: ScheduleRequest) => void; stop: () => void };

/** Starts a worker that answers through `onReply`, or calls `onFailure` when it cannot. */
export type StartWorker = (
  onReply: (reply: ScheduleReply) => void,
  onFailure: (message: string) => void,
) => WorkerChannel;

/** A replan as the plan record keeps it, and how many sessions it changes. */
export type ReplanAnswer = { inForce: SessionsInForce; moves: number };

/**
 * The scheduler off the UI thread. Each method answers null when a newer call of the same
 * kind superseded it (its worker is stopped: nobody waits for a stale schedule), and rejects
 * when the worker failed or the scheduler threw.
 */
export type OffThreadScheduler = {
  inForce: (record: PlanRecord, inputs: Inputs) => Promise<Schedule | null>;
  replan: (current: readonly ScheduledSession[] | null, inputs: Inputs) => Promise<ReplanAnswer | null>;
  /** What-if projections: `current` replanned with each of `inputs`, in order. */
  project: (
    current: readonly ScheduledSession[] | null,
    inputs: readonly Inputs[],
  ) => Promise<Schedule[] | null>;
  /** Stops the workers; later calls start new ones. */
  stop: () => void;
};

/** The app's worker: vite bundles `schedule.worker.ts` and the scheduler it imports. */
export const startScheduleWorker: StartWorker = (onReply, onFailure) => {
  const worker = new Worker(new URL('./schedule.worker.ts', import.meta.url), {
    type: 'module',
    name: 'schedule',
  });
  worker.onmessage = (event: MessageEvent<ScheduleReply>) => onReply(event.data);
  worker.onerror = (event) => onFailure(event.message || 'the schedule worker failed');
  worker.onmessageerror = () => onFailure('the schedule worker sent a reply that could not be read');
  return { post: (request) => worker.postMessage(request), stop: () => worker.terminate() };
};

/**
 * A scheduler with one worker per kind of request, so a new schedule on screen never cancels
 * a save in progress or a projection (and the other way round).
 */
export function offThreadScheduler(start: StartWorker = startScheduleWorker): OffThreadScheduler {
  const ids = { next: 1 };
  const inForce = latestOnly(start, ids);
  const replan = latestOnly(start, ids);
  const project = latestOnly(start, ids);
  return {
    inForce: async (record, inputs) => {
      const reply = await inForce.ask((id) => ({ id, kind: 'in-force', record, inputs }));
      return reply?.kind === 'in-force' ? reply.schedule : null;
    },
    replan: async (current, inputs) => {
      const reply = await replan.ask((id) => ({ id, kind: 'replan', current, inputs }));
      return reply?.kind === 'replan' ? { inForce: reply.inForce, moves: reply.moves } : null;
    },
    project: async (current, inputs) => {
      const reply = await project.ask((id) => ({ id, kind: 'project', current, inputs }));
      return reply?.kind === 'project' ? reply.schedules : null;
    },
    stop: () => {
      inForce.stop();
      replan.stop();
      project.stop();
    },
  };
}

type Pending = { id: number; resolve: (reply: ScheduleReply | null) => void; reject: (error: Error) => void };

/** One worker answering one request at a time; a newer request stops it and starts afresh. */
function latestOnly(start: StartWorker, ids: { next: number }) {
  let channel: WorkerChannel | null = null;
  let pending: Pending | null = null;
  const settle = (): Pending | null => {
    const was = pending;
    pending = null;
    return was;
  };
  const stop = () => {
    channel?.stop();
    channel = null;
    settle()?.resolve(null);
  };
  const onReply = (reply: ScheduleReply) => {
    if (pending?.id !== reply.id) return;
    const asked = settle()!;
    if (reply.kind === 'failed') asked.reject(new Error(reply.message));
    else asked.resolve(reply);
  };
  const onFailure = (message: string) => {
    channel?.stop();
    channel = null;
    settle()?.reject(new Error(message));
  };
  return {
    ask(request: (id: number) => ScheduleRequest): Promise<ScheduleReply | null> {
      // The worker is busy with an older request: its answer is stale, so stop it now.
      if (pending) stop();
      const id = ids.next++;
      return new Promise((resolve, reject) => {
        try {
          channel ??= start(onReply, onFailure);
          pending = { id, resolve, reject };
          channel.post(request(id));
        } catch (error) {
          pending = null;
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
    stop,
  };
}

/**
 * The part of a roadmap the scheduler reads, which is all the worker is sent: cloning a
 * whole roadmap of 1,000 topics (checklists, tips, links) takes ~20 ms in Node and was most
 * of ~0.45 s spent in postMessage in a Chromium profile here; these fields take under 1 ms.
 */
export function schedulingRoadmap(roadmap: SchedulingRoadmap): SchedulingRoadmap {
  return {
    topics: roadmap.topics.map(({ id, phaseNumber, estimateHours, prerequisites }) => ({
      id,
      phaseNumber,
      estimateHours,
      prerequisites,
    })),
    phases: roadmap.phases.map(({ number }) => ({ number })),
  };
}
