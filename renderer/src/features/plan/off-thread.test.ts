import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from '../../domain';
import type { Roadmap } from '../../domain';
import { basePlan, everyDay, phases, topic } from '../../domain/schedule-fixtures';
import type { PlanRecord } from '../../storage';
import { isLargePlan, replanInForce, replanned, scheduleInForce } from './living-plan';
import type { Inputs } from './living-plan';
import { offThreadScheduler } from './off-thread';
import type { StartWorker } from './off-thread';
import { answerRequest } from './schedule-protocol';
import type { ScheduleReply, ScheduleRequest } from './schedule-protocol';

const NOW = Date.parse('2026-12-01T08:00:00Z');

function built(markdown: string, sidecar: string): Roadmap {
  const result = buildRoadmap({
    markdown: { file: 'roadmap.md', text: markdown },
    sidecar: { file: 'sidecar.json', text: sidecar },
  });
  if (!result.roadmap) throw new Error('the roadmap does not build');
  return result.roadmap;
}

const fastapi = (() => {
  const dir = path.resolve(import.meta.dirname, '../../../../content/fastapi');
  return built(
    readFileSync(path.join(dir, 'roadmap.md'), 'utf8'),
    readFileSync(path.join(dir, 'sidecar.json'), 'utf8'),
  );
})();

/** The app's default plan (1 h weeknights, 3 h Saturdays, 30–90 min sessions). */
const appDefault = basePlan({
  availability: { ...everyDay(60), sat: 180, sun: 0 },
  sessionStart: { ...everyDay('19:00'), sat: '10:00' },
});

const inputsOf = (roadmap: Inputs['roadmap'], plan = appDefault): Inputs => ({
  roadmap: { topics: roadmap.topics, phases: roadmap.phases },
  plan,
  log: [],
  busy: [],
  now: NOW,
});

const recordOf = (inputs: Inputs): PlanRecord => ({
  id: 'plan-1',
  roadmapId: 'test',
  settings: inputs.plan,
  replannedOn: '2026-12-01',
  replannedAt: '2026-12-01T08:00:00.000Z',
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
});

describe('which plans are scheduled off the UI thread', () => {
  it('keeps the FastAPI plan on the UI thread, as it always was, even with 5-minute sessions', () => {
    expect(isLargePlan(inputsOf(fastapi))).toBe(false);
    expect(isLargePlan(inputsOf(fastapi, { ...appDefault, minSessionMinutes: 5 }))).toBe(false);
  });

  it('moves 1,000 topics, and plans of thousands of short sessions, off it', () => {
    const many = (n: number) => ({
      topics: Array.from({ length: n }, (_, i) => topic(`t${i}`, 1, 60, [])),
      phases: phases(1),
    });
    expect(isLargePlan(inputsOf(many(300)))).toBe(false);
    expect(isLargePlan(inputsOf(many(301)))).toBe(true);
    // 200 h in 5-minute sessions: 2,400 sessions; in sessions of up to 90 minutes, ~130.
    const one = { topics: [topic('a', 1, 200 * 60, [])], phases: phases(1) };
    expect(isLargePlan(inputsOf(one, basePlan({ minSessionMinutes: 5, maxSessionMinutes: 5 })))).toBe(true);
    expect(isLargePlan(inputsOf(one, basePlan({ minSessionMinutes: 5, maxSessionMinutes: 90 })))).toBe(false);
    // Days shorter than the longest session cut sessions short: 20-minute days make 600.
    const short = basePlan({ availability: everyDay(20), minSessionMinutes: 5, maxSessionMinutes: 90 });
    expect(isLargePlan(inputsOf({ ...one, topics: [topic('a', 1, 1000 * 60, [])] }, short))).toBe(true);
  });

  it('counts only the work still open', () => {
    const one = { topics: [topic('a', 1, 200 * 60, [])], phases: phases(1) };
    const plan = basePlan({ minSessionMinutes: 5, statuses: { a: 'done' } });
    expect(isLargePlan(inputsOf(one, plan))).toBe(false);
  });
});

describe('the scheduler worker’s answers', () => {
  const inputs = inputsOf(fastapi);
  const record = recordOf(inputs);

  it('are what the UI thread would compute, unchanged by postMessage', () => {
    // structuredClone is what postMessage does to a request and to its reply.
    const request: ScheduleRequest = structuredClone({ id: 7, kind: 'in-force', record, inputs });
    const reply = structuredClone(answerRequest(request));
    expect(reply).toEqual({ id: 7, kind: 'in-force', schedule: scheduleInForce(record, inputs) });
    if (reply.kind !== 'in-force') throw new Error(reply.kind);
    expect(reply.schedule.sessions.length).toBeGreaterThan(100);

    const current = reply.schedule.sessions;
    const later = { ...inputs, now: NOW + 7 * 24 * 60 * 60 * 1000 };
    const replan = structuredClone(
      answerRequest(structuredClone({ id: 8, kind: 'replan', current, inputs: later })),
    );
    expect(replan).toEqual({ id: 8, kind: 'replan', ...replanInForce({ sessions: current }, later) });
  });

  it('project several settings in one request, in order', () => {
    const current = scheduleInForce(record, inputs).sessions;
    const more = { ...inputs, plan: { ...inputs.plan, availability: everyDay(120) } };
    const reply = structuredClone(
      answerRequest({ id: 10, kind: 'project', current, inputs: [inputs, more] }),
    );
    expect(reply).toEqual({
      id: 10,
      kind: 'project',
      schedules: [replanned({ sessions: current }, inputs), replanned({ sessions: current }, more)],
    });
  });

  it('say what failed rather than throwing in the worker', () => {
    const broken = { ...inputs, now: Number.NaN };
    expect(answerRequest({ id: 9, kind: 'in-force', record, inputs: broken })).toEqual({
      id: 9,
      kind: 'failed',
      message: 'Not an instant: NaN',
    });
  });
});

/** Workers that answer when told to, through structuredClone as a real one would. */
function fakeWorkers() {
  const started: { requests: ScheduleRequest[]; stopped: boolean; reply: (r?: ScheduleReply) => void }[] = [];
  const start: StartWorker = (onReply, onFailure) => {
    const worker = {
      requests: [] as ScheduleRequest[],
      stopped: false,
      reply: (override?: ScheduleReply) => {
        const request = worker.requests.at(-1)!;
        if (override?.kind === 'failed' && override.id < 0) onFailure(override.message);
        else onReply(structuredClone(override ?? answerRequest(structuredClone(request))));
      },
    };
    started.push(worker);
    return {
      post: (request) => worker.requests.push(request),
      stop: () => {
        worker.stopped = true;
      },
    };
  };
  return { started, start };
}

describe('offThreadScheduler', () => {
  const inputs = inputsOf(fastapi);
  const record = recordOf(inputs);

  it('answers with the schedule the worker sends, starting one worker when first asked', async () => {
    const { started, start } = fakeWorkers();
    const scheduler = offThreadScheduler(start);
    expect(started).toHaveLength(0);
    const asked = scheduler.inForce(record, inputs);
    started[0]!.reply();
    expect(await asked).toEqual(scheduleInForce(record, inputs));
    // The worker stays for the next request.
    const again = scheduler.inForce(record, inputs);
    started[0]!.reply();
    expect(await again).not.toBeNull();
    expect(started).toHaveLength(1);
  });

  it('stops a worker busy with a request a newer one supersedes, and answers the old one null', async () => {
    const { started, start } = fakeWorkers();
    const scheduler = offThreadScheduler(start);
    const older = scheduler.inForce(record, inputs);
    const newer = scheduler.inForce(record, { ...inputs, now: NOW + 60_000 });
    expect(await older).toBeNull();
    expect(started.map((w) => w.stopped)).toEqual([true, false]);
    // A stale reply that was already on its way is ignored.
    started[0]!.reply();
    started[1]!.reply();
    expect((await newer)?.sessions.length).toBeGreaterThan(0);
  });

  it('keeps saves apart from the schedule on screen: neither supersedes the other', async () => {
    const { started, start } = fakeWorkers();
    const scheduler = offThreadScheduler(start);
    const shown = scheduler.inForce(record, inputs);
    const saved = scheduler.replan(null, inputs);
    expect(started).toHaveLength(2);
    started[1]!.reply();
    started[0]!.reply();
    expect((await saved)?.moves).toBe(0);
    expect((await saved)?.inForce.length).toBeGreaterThan(100);
    expect(await shown).not.toBeNull();
  });

  it('rejects when the scheduler threw or the worker failed, and starts afresh after', async () => {
    const { started, start } = fakeWorkers();
    const scheduler = offThreadScheduler(start);
    const threw = scheduler.inForce(record, { ...inputs, now: Number.NaN });
    started[0]!.reply();
    await expect(threw).rejects.toThrow('Not an instant: NaN');

    const crashed = scheduler.inForce(record, inputs);
    started[0]!.reply({ id: -1, kind: 'failed', message: 'the schedule worker failed' });
    await expect(crashed).rejects.toThrow('the schedule worker failed');
    expect(started[0]!.stopped).toBe(true);

    const next = scheduler.inForce(record, inputs);
    expect(started).toHaveLength(2);
    started[1]!.reply();
    expect(await next).not.toBeNull();
  });

  it('rejects when no worker can start (no Worker at all, as in Node)', async () => {
    const scheduler = offThreadScheduler();
    await expect(scheduler.inForce(record, inputs)).rejects.toThrow(/Worker/);
  });
});
