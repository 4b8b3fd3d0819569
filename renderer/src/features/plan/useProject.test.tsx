// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanSettings, Schedule } from '../../domain';
import { basePlan, everyDay, phases, topic } from '../../domain/schedule-fixtures';
import * as living from './living-plan';
import type { Inputs } from './living-plan';
import type { OffThreadScheduler } from './off-thread';
import { useProject } from './useProject';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const NOW = Date.parse('2026-12-01T08:00:00Z');
const settings = basePlan();
const more = basePlan({ availability: everyDay(120) });

const inputsFor =
  (topics: number) =>
  (plan: PlanSettings): Inputs => ({
    roadmap: {
      topics: Array.from({ length: topics }, (_, i) => topic(`t${i}`, 1, 60, [])),
      phases: phases(1),
    },
    plan: { ...plan, statuses: {} },
    log: [],
    busy: [],
    now: NOW,
  });

/** A worker the test answers by hand. */
function handWorker() {
  const asked: { inputs: readonly Inputs[]; resolve: (s: Schedule[] | null) => void }[] = [];
  const scheduler: OffThreadScheduler = {
    inForce: () => Promise.resolve(null),
    replan: () => Promise.resolve(null),
    project: (_current, inputs) => new Promise((resolve) => asked.push({ inputs, resolve })),
    stop: () => {},
  };
  return { asked, scheduler };
}

let root: Root;
let seen: Schedule[][];

/** Asks for two projections per render, as the Plan view does (the draft and the saved plan). */
function Probe(props: { inputsFor: (plan: PlanSettings) => Inputs; scheduler: OffThreadScheduler }) {
  const project = useProject(living, props.scheduler, null, props.inputsFor);
  seen.push([project(more), project(settings)]);
  return null;
}

beforeEach(() => {
  seen = [];
  root = createRoot(document.createElement('div'));
});
afterEach(() => act(() => root.unmount()));

describe('useProject', () => {
  it('projects a small plan during the render', async () => {
    const { asked, scheduler } = handWorker();
    const small = inputsFor(3);
    await act(() => root.render(<Probe inputsFor={small} scheduler={scheduler} />));
    expect(asked).toHaveLength(0);
    expect(seen.at(-1)).toEqual([
      living.replanned(null, small(more)),
      living.replanned(null, small(settings)),
    ]);
  });

  it('asks the worker once for both of a render’s projections, and renders again with them', async () => {
    const { asked, scheduler } = handWorker();
    const large = inputsFor(400);
    await act(() => root.render(<Probe inputsFor={large} scheduler={scheduler} />));
    expect(asked).toHaveLength(1);
    expect(asked[0]!.inputs.map((i) => i.plan.availability.mon)).toEqual([120, 60]);
    // Nothing is known yet: an empty stand-in, not a guess.
    expect(seen.at(-1)!.map((s) => s.sessions.length)).toEqual([0, 0]);

    const answers = asked[0]!.inputs.map((inputs) => living.replanned(null, inputs));
    await act(async () => asked[0]!.resolve(answers));
    expect(seen.at(-1)).toEqual(answers);
    expect(asked).toHaveLength(1);
  });
});
