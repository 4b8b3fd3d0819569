// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Schedule } from '../../domain';
import { basePlan, phases, topic } from '../../domain/schedule-fixtures';
import type { PlanRecord } from '../../storage';
import * as living from './living-plan';
import type { Inputs } from './living-plan';
import type { OffThreadScheduler } from './off-thread';
import { useScheduleInForce } from './useScheduleInForce';
import type { ScheduleInForce } from './useScheduleInForce';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const NOW = Date.parse('2026-12-01T08:00:00Z');

const inputsOf = (topics: number, now = NOW): Inputs => ({
  roadmap: {
    topics: Array.from({ length: topics }, (_, i) => topic(`t${i}`, 1, 60, [])),
    phases: phases(1),
  },
  plan: basePlan(),
  log: [],
  busy: [],
  now,
});

const recordOf = (inputs: Inputs, updatedAt = '2026-12-01T08:00:00.000Z'): PlanRecord => ({
  id: 'plan-1',
  roadmapId: 'test',
  settings: inputs.plan,
  replannedOn: '2026-12-01',
  replannedAt: '2026-12-01T08:00:00.000Z',
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt,
});

/** A worker the test answers by hand: each request waits until `answer` or `fail`. */
function handWorker() {
  const asked: { inputs: Inputs; resolve: (s: Schedule | null) => void; reject: (e: Error) => void }[] = [];
  const scheduler: OffThreadScheduler = {
    inForce: (record, inputs) =>
      new Promise((resolve, reject) => asked.push({ inputs, resolve, reject: (e) => reject(e) })),
    replan: () => Promise.resolve(null),
    project: () => Promise.resolve(null),
    stop: () => {},
  };
  return { asked, scheduler };
}

let root: Root;
let seen: ScheduleInForce[];

function Probe(props: { record: PlanRecord; inputs: Inputs; scheduler: OffThreadScheduler }) {
  seen.push(useScheduleInForce(living, props.record, props.inputs, props.scheduler));
  return null;
}

const render = (record: PlanRecord, inputs: Inputs, scheduler: OffThreadScheduler) =>
  act(() => root.render(<Probe record={record} inputs={inputs} scheduler={scheduler} />));

beforeEach(() => {
  seen = [];
  root = createRoot(document.createElement('div'));
});
afterEach(() => act(() => root.unmount()));

describe('useScheduleInForce', () => {
  it('schedules a small plan during the render, never asking the worker', async () => {
    const { asked, scheduler } = handWorker();
    const inputs = inputsOf(3);
    await render(recordOf(inputs), inputs, scheduler);
    expect(asked).toHaveLength(0);
    expect(seen.every((s) => s.schedule !== null && !s.planning)).toBe(true);
    expect(seen.at(-1)!.schedule!.sessions).toHaveLength(3);
  });

  it('shows a large plan as planning until the worker answers, then its schedule', async () => {
    const { asked, scheduler } = handWorker();
    const inputs = inputsOf(400);
    const record = recordOf(inputs);
    await render(record, inputs, scheduler);
    expect(seen.at(-1)).toEqual({ schedule: null, planning: true });
    const schedule = living.scheduleInForce(record, inputs);
    await act(async () => asked.at(-1)!.resolve(schedule));
    expect(seen.at(-1)).toEqual({ schedule, planning: false });

    // A minute later the same plan is scheduled again: the last schedule stays meanwhile.
    const later = { ...inputs, now: NOW + 60_000 };
    await render({ ...record }, later, scheduler);
    expect(seen.at(-1)).toEqual({ schedule, planning: true });
    // A plan saved anew shows no schedule until its own arrives.
    await render(recordOf(later, '2026-12-01T08:01:00.000Z'), later, scheduler);
    expect(seen.at(-1)).toEqual({ schedule: null, planning: true });
  });

  it('ignores an answer a newer request superseded', async () => {
    const { asked, scheduler } = handWorker();
    const inputs = inputsOf(400);
    const record = recordOf(inputs);
    await render(record, inputs, scheduler);
    const stale = asked.at(-1)!;
    const later = { ...inputs, now: NOW + 60_000 };
    await render(record, later, scheduler);
    await act(async () => stale.resolve(living.scheduleInForce(record, inputs)));
    expect(seen.at(-1)).toEqual({ schedule: null, planning: true });
  });

  it('schedules on the UI thread when the worker fails', async () => {
    const { asked, scheduler } = handWorker();
    const inputs = inputsOf(400);
    const record = recordOf(inputs);
    await render(record, inputs, scheduler);
    await act(async () => asked.at(-1)!.reject(new Error('the schedule worker failed')));
    expect(seen.at(-1)).toEqual({ schedule: living.scheduleInForce(record, inputs), planning: false });
  });
});
