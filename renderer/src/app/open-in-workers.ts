import { joinParsedMarkdown, splitMarkdownAtSections } from '../domain';
import type { ParsedMarkdown, RoadmapSource } from '../domain';
import type { RoadmapDocument } from '../domain';
import type { WorkerRequest } from './worker-protocol';

/** Past this size the Markdown is parsed in parallel parts, one worker per core. */
const PARALLEL_ABOVE_BYTES = 64 * 1024;

/**
 * Builds and lays out a roadmap off the UI thread. Large files are parsed in parts on every
 * core (the Markdown parser is the slow step: ~1.5 s for 1,000 topics on one core here).
 */
export async function openInWorkers(source: RoadmapSource): Promise<RoadmapDocument> {
  const cores = Math.max(1, Math.min(navigator.hardwareConcurrency || 1, 4));
  const parts =
    source.markdown.text.length > PARALLEL_ABOVE_BYTES && cores > 1
      ? splitMarkdownAtSections(source.markdown.text, cores)
      : [];
  const workers = Array.from({ length: Math.max(1, parts.length) }, startWorker);
  try {
    if (parts.length < 2) return await ask<RoadmapDocument>(workers[0]!, { kind: 'open', source });
    const parsed = await Promise.all(
      parts.map((text, i) =>
        ask<ParsedMarkdown | RoadmapDocument>(workers[i]!, {
          kind: 'parse-part',
          file: source.markdown.file,
          text,
        }),
      ),
    );
    const failed = parsed.find((p): p is RoadmapDocument => 'status' in p);
    if (failed) return failed;
    const markdownParts = parsed.filter((p): p is ParsedMarkdown => !('status' in p));
    const parsedMarkdown = joinParsedMarkdown(source.markdown.file, markdownParts);
    return await ask<RoadmapDocument>(workers[0]!, { kind: 'open', source: { ...source, parsedMarkdown } });
  } finally {
    for (const worker of workers) worker.terminate();
  }
}

function startWorker(): Worker {
  return new Worker(new URL('./roadmap.worker.ts', import.meta.url), { type: 'module', name: 'roadmap' });
}

function ask<T>(worker: Worker, request: WorkerRequest): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<T>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message || 'the roadmap worker failed'));
    worker.onmessageerror = () => reject(new Error('the roadmap worker sent a reply that could not be read'));
    worker.postMessage(request);
  });
}
