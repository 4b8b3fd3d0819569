import type { RoadmapDocument, RoadmapFile } from '../domain';

/**
 * Checks, builds and lays out a roadmap file the user picked, in workers (the parse budget
 * and time limit of `openInWorkers`), under the id it will be stored with. Nothing is stored.
 */
export async function openRoadmapFile(file: RoadmapFile): Promise<RoadmapDocument> {
  try {
    const { openCanvasInWorker, openInWorkers } = await import('./open-in-workers');
    return file.format === 'canvas'
      ? await openCanvasInWorker({ file: file.fileName, text: file.source, fallbackId: file.id })
      : await openInWorkers({ markdown: { file: file.fileName, text: file.source }, fallbackId: file.id });
  } catch {
    return {
      status: 'invalid',
      problems: [{ file: file.fileName, line: 1, message: 'the file could not be read as a roadmap' }],
    };
  }
}

/** Starts the workers `openRoadmapFile` uses while the user is still picking a file. */
export async function warmUpRoadmapFiles(): Promise<void> {
  const { warmRoadmapWorkers } = await import('./open-in-workers');
  warmRoadmapWorkers();
}
