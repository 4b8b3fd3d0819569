import type { BackupRoadmap } from './backup-schema';
import { buildRoadmap } from './build-roadmap';
import type { BuildResult } from './build-roadmap';
import { buildCanvasRoadmap } from './canvas-roadmap';

/** An imported roadmap's file as storage and backups keep it. */
export type RoadmapFile = Pick<BackupRoadmap, 'id' | 'format' | 'fileName' | 'source'>;

/** The format a file name says a roadmap is in, or null for any other file. */
export function roadmapFormatOf(fileName: string): RoadmapFile['format'] | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.md') || name.endsWith('.markdown')) return 'markdown';
  if (name.endsWith('.canvas')) return 'canvas';
  return null;
}

/**
 * Builds an imported roadmap from its file, under the id it was stored with. Not in the
 * domain's index: the Canvas reader brings zod; backups and the roadmap worker import it.
 */
export function buildImportedRoadmap(file: RoadmapFile): BuildResult {
  const { fileName, source, id } = file;
  return file.format === 'canvas'
    ? buildCanvasRoadmap({ file: fileName, text: source, fallbackId: id })
    : buildRoadmap({ markdown: { file: fileName, text: source }, fallbackId: id });
}
