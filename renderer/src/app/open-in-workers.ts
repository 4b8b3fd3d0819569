import { checkMarkdownBudget, formatCount, joinParsedMarkdown, splitMarkdownAtSections } from '../domain';
import type { MarkdownPart, ParsedMarkdown, RoadmapDocument, RoadmapSource } from '../domain';
import type { CanvasSource } from '../domain/canvas-roadmap';
import type { WorkerRequest } from './worker-protocol';

/** Past this size the Markdown is parsed in parallel parts, one worker per core. */
const PARALLEL_ABOVE_BYTES = 64 * 1024;
/** How long a worker may take to answer before it is stopped and the roadmap refused. */
export const WORKER_TIME_LIMIT_MS = 5000;

/** What `openInWorkers` needs of a worker (a fake one in tests). */
export type RoadmapWorker = Pick<
  Worker,
  'postMessage' | 'terminate' | 'onmessage' | 'onerror' | 'onmessageerror'
>;

export type OpenInWorkersOptions = {
  startWorker?: () => RoadmapWorker;
  timeLimitMs?: number;
  cores?: number;
};

/**
 * Builds and lays out a roadmap off the UI thread. Large files are parsed in parts on every
 * core. Each step has `WORKER_TIME_LIMIT_MS`: a worker that has not answered by then is
 * stopped and the roadmap refused with what was being read, instead of hanging.
 */
export async function openInWorkers(
  source: RoadmapSource,
  options: OpenInWorkersOptions = {},
): Promise<RoadmapDocument> {
  const { startWorker = startRoadmapWorker, timeLimitMs = WORKER_TIME_LIMIT_MS } = options;
  const cores = options.cores ?? usableCores();
  const { file, text } = source.markdown;
  const parallel = text.length > PARALLEL_ABOVE_BYTES && cores > 1;
  // The workers check the budget of what they are sent whole; parts are checked here, once.
  const overBudget = parallel ? checkMarkdownBudget(file, text) : [];
  if (overBudget.length > 0) return { status: 'invalid', problems: overBudget };
  const parts = parallel ? splitMarkdownAtSections(text, cores) : [];
  const workers = Array.from({ length: Math.max(1, parts.length) }, startWorker);
  const ask = <T>(worker: RoadmapWorker, request: WorkerRequest, what: Late) =>
    askInTime<T>(worker, request, timeLimitMs, what);
  try {
    if (parts.length < 2) return await ask<RoadmapDocument>(workers[0]!, { kind: 'open', source }, { file });
    const parsed = await Promise.all(
      parts.map((part, i) =>
        ask<ParsedMarkdown | RoadmapDocument>(
          workers[i]!,
          { kind: 'parse-part', file, part },
          linesOf(file, part),
        ),
      ),
    );
    const failed = parsed.find((p): p is RoadmapDocument => 'status' in p);
    if (failed) return failed;
    const markdownParts = parsed.filter((p): p is ParsedMarkdown => !('status' in p));
    const parsedMarkdown = joinParsedMarkdown(file, markdownParts);
    return await ask<RoadmapDocument>(
      workers[0]!,
      { kind: 'open', source: { ...source, parsedMarkdown } },
      { file },
    );
  } catch (error) {
    if (error instanceof TooLate) return tooLateDocument(error.what, timeLimitMs);
    throw error;
  } finally {
    for (const worker of workers) worker.terminate();
  }
}

/** Builds and lays out a roadmap from a JSON Canvas file in a worker, within the same time limit. */
export async function openCanvasInWorker(
  source: CanvasSource,
  options: OpenInWorkersOptions = {},
): Promise<RoadmapDocument> {
  const { startWorker = startRoadmapWorker, timeLimitMs = WORKER_TIME_LIMIT_MS } = options;
  const worker = startWorker();
  try {
    return await askInTime<RoadmapDocument>(worker, { kind: 'open-canvas', source }, timeLimitMs, {
      file: source.file,
    });
  } catch (error) {
    if (error instanceof TooLate) return tooLateDocument(error.what, timeLimitMs);
    throw error;
  } finally {
    worker.terminate();
  }
}

/** What a late worker was reading: a file, or some of its lines. */
type Late = { file: string; lines?: { from: number; to: number } };

class TooLate extends Error {
  constructor(readonly what: Late) {
    super('the roadmap worker did not answer in time');
  }
}

function linesOf(file: string, part: MarkdownPart): Late {
  const lineCount = part.text.split('\n').length;
  return { file, lines: { from: part.firstLine, to: part.firstLine + lineCount - 1 } };
}

function tooLateDocument(what: Late, limitMs: number): RoadmapDocument {
  const seconds = `${formatCount(limitMs / 1000)} seconds`;
  const where = what.lines
    ? `lines ${formatCount(what.lines.from)}–${formatCount(what.lines.to)} of the roadmap`
    : 'the roadmap';
  return {
    status: 'invalid',
    problems: [
      {
        file: what.file,
        line: what.lines?.from ?? 1,
        message: `reading ${where} took longer than ${seconds}, so it was stopped: the file is too large or holds Markdown that is slow to read (lists nested deep, long runs of brackets or emphasis marks)`,
      },
    ],
  };
}

/** How many parts a large file is parsed in at most: one per core, up to four. */
function usableCores(): number {
  return Math.max(1, Math.min(globalThis.navigator?.hardwareConcurrency || 1, 4));
}

/** Workers started ahead of use (`warmRoadmapWorkers`), taken first. */
const warm: RoadmapWorker[] = [];

/**
 * Starts the roadmap workers before a file is picked (the import dialog opens them), so
 * their code has loaded by the time it is: a worker's start costs a few hundred milliseconds.
 */
export function warmRoadmapWorkers(): void {
  while (warm.length < usableCores()) warm.push(newRoadmapWorker());
}

function startRoadmapWorker(): RoadmapWorker {
  return warm.pop() ?? newRoadmapWorker();
}

function newRoadmapWorker(): Worker {
  return new Worker(new URL('./roadmap.worker.ts', import.meta.url), { type: 'module', name: 'roadmap' });
}

function askInTime<T>(
  worker: RoadmapWorker,
  request: WorkerRequest,
  limitMs: number,
  what: Late,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TooLate(what)), limitMs);
    const settle = (done: () => void) => {
      clearTimeout(timer);
      done();
    };
    worker.onmessage = (event: MessageEvent<T>) => settle(() => resolve(event.data));
    worker.onerror = (event) => settle(() => reject(new Error(event.message || 'the roadmap worker failed')));
    worker.onmessageerror = () =>
      settle(() => reject(new Error('the roadmap worker sent a reply that could not be read')));
    worker.postMessage(request);
  });
}
