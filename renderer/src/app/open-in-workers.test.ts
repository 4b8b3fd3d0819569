import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerWorkerRequest } from './worker-answer';
import { syntheticRoadmap } from '../domain/synthetic-roadmap';
import { openCanvasInWorker, openInWorkers } from './open-in-workers';
import type { RoadmapWorker } from './open-in-workers';
import type { WorkerRequest } from './worker-protocol';

/** A worker that answers as roadmap.worker.ts does, on the next tick, or never when `hangs`. */
function fakeWorkers(hangs: (request: WorkerRequest) => boolean) {
  const started: { terminated: boolean }[] = [];
  const startWorker = (): RoadmapWorker => {
    const state = { terminated: false };
    started.push(state);
    const worker: RoadmapWorker = {
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      terminate: () => {
        state.terminated = true;
      },
      postMessage: (message: unknown) => {
        const request = message as WorkerRequest;
        if (hangs(request)) return;
        const reply = answerWorkerRequest(request);
        setTimeout(() =>
          worker.onmessage?.call(worker as Worker, new MessageEvent('message', { data: reply })),
        );
      },
    };
    return worker;
  };
  return { startWorker, started };
}

const source = (topics: number) => {
  const { markdown, sidecar } = syntheticRoadmap(topics);
  return { markdown: { file: 'r.md', text: markdown }, sidecar: { file: 'r.json', text: sidecar } };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('openInWorkers', () => {
  it('opens a large roadmap in parallel parts and stops every worker after', async () => {
    const { startWorker, started } = fakeWorkers(() => false);
    const document = await openInWorkers(source(600), { startWorker, cores: 3 });
    expect(document.status).toBe('ready');
    expect(started).toHaveLength(3);
    expect(started.every((worker) => worker.terminated)).toBe(true);
  });

  it('refuses a roadmap whose worker does not answer in time, saying which lines', async () => {
    vi.useFakeTimers();
    const { startWorker, started } = fakeWorkers(
      (request) => request.kind === 'parse-part' && request.part.firstLine > 1,
    );
    const opening = openInWorkers(source(600), { startWorker, cores: 2, timeLimitMs: 5000 });
    await vi.advanceTimersByTimeAsync(5000);
    const document = await opening;
    expect(document.status).toBe('invalid');
    const [problem] = document.status === 'invalid' ? document.problems : [];
    expect(problem?.message).toMatch(
      /^reading lines [\d,]+–[\d,]+ of the roadmap took longer than 5 seconds, so it was stopped/,
    );
    expect(problem?.line).toBeGreaterThan(1);
    expect(started.every((worker) => worker.terminated)).toBe(true);
  });

  it('refuses a small roadmap whose worker hangs, and one over budget without a worker answering', async () => {
    vi.useFakeTimers();
    const hanging = fakeWorkers(() => true);
    const opening = openInWorkers(source(10), { startWorker: hanging.startWorker, timeLimitMs: 5000 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(await opening).toEqual({
      status: 'invalid',
      problems: [
        {
          file: 'r.md',
          line: 1,
          message:
            'reading the roadmap took longer than 5 seconds, so it was stopped: the file is too large or holds Markdown that is slow to read (lists nested deep, long runs of brackets or emphasis marks)',
        },
      ],
    });
    const bomb = { markdown: { file: 'b.md', text: `${'- '.repeat(40_000)}x` } };
    const refused = await openInWorkers(bomb, { startWorker: hanging.startWorker, cores: 2 });
    expect(refused.status === 'invalid' && refused.problems.map((p) => p.message)).toContain(
      'line 1 opens 40,000 lists or quotes on one line (the limit is 10)',
    );
  });
});

describe('openCanvasInWorker', () => {
  it('builds a JSON Canvas roadmap in a worker, and stops one that overruns its time', async () => {
    const canvas = JSON.stringify({
      nodes: [
        { id: 'g', type: 'group', x: 0, y: 0, width: 400, height: 300, label: 'Basics' },
        { id: 'a', type: 'text', x: 20, y: 20, width: 150, height: 60, text: 'Alpha\n- one' },
        { id: 'b', type: 'text', x: 20, y: 120, width: 150, height: 60, text: 'Beta' },
      ],
      edges: [{ id: 'e', fromNode: 'a', toNode: 'b' }],
    });
    const source = { file: 'my.canvas', text: canvas, fallbackId: 'mine' };
    const done = await openCanvasInWorker(source, { startWorker: fakeWorkers(() => false).startWorker });
    expect(done.status === 'ready' && done.roadmap.topics.map((t) => [t.id, t.prerequisites])).toEqual([
      ['alpha', []],
      ['beta', ['alpha']],
    ]);
    const late = await openCanvasInWorker(source, {
      startWorker: fakeWorkers(() => true).startWorker,
      timeLimitMs: 10,
    });
    expect(late.status === 'invalid' && late.problems[0]?.message).toMatch(/took longer than 0\.01 seconds/);
  });
});
