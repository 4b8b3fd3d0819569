import type { BackupRoadmap } from './backup-schema';
import { buildRoadmap } from './build-roadmap';
import type { BuildResult } from './build-roadmap';
import { buildCanvasRoadmap } from './canvas-roadmap';

/** An imported roadmap's file as storage and backups keep it. */
export type RoadmapFile = Pick<BackupRoadmap, 'id' | 'format' | 'fileName' | 'source'>;

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
