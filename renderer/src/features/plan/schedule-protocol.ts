import type { Schedule, ScheduledSession } from '../../domain';
import type { PlanRecord, SessionsInForce } from '../../storage';
import { replanInForce, replanned, scheduleInForce } from './living-plan';
import type { Inputs } from './living-plan';

/*
 * What the scheduler worker is asked and answers. Requests and replies are plain data
 * (strings, numbers, arrays, objects: no Dates, Maps or functions), so they cross
 * postMessage unchanged; `id` pairs a reply with its request.
 */

/**
 * The schedule on screen (`scheduleInForce`), a save or replan (`replanInForce`), or the
 * Plan view's what-if projections of some settings (`replanned`).
 */
export type ScheduleRequest =
  | { id: number; kind: 'in-force'; record: PlanRecord; inputs: Inputs }
  | { id: number; kind: 'replan'; current: readonly ScheduledSession[] | null; inputs: Inputs }
  | { id: number; kind: 'project'; current: readonly ScheduledSession[] | null; inputs: readonly Inputs[] };

/** The answer to a request of the same id; `failed` when the scheduler threw. */
export type ScheduleReply =
  | { id: number; kind: 'in-force'; schedule: Schedule }
  | { id: number; kind: 'replan'; inForce: SessionsInForce; moves: number }
  | { id: number; kind: 'project'; schedules: Schedule[] }
  | { id: number; kind: 'failed'; message: string };

/** Runs one request with the same functions the UI thread runs for small plans. */
export function answerRequest(request: ScheduleRequest): ScheduleReply {
  const { id } = request;
  try {
    if (request.kind === 'in-force') {
      return { id, kind: 'in-force', schedule: scheduleInForce(request.record, request.inputs) };
    }
    const current = request.current ? { sessions: [...request.current] } : null;
    if (request.kind === 'project') {
      return { id, kind: 'project', schedules: request.inputs.map((inputs) => replanned(current, inputs)) };
    }
    return { id, kind: 'replan', ...replanInForce(current, request.inputs) };
  } catch (error) {
    return { id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
