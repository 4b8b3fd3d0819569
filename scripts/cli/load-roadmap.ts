import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildRoadmap } from '../../renderer/src/domain';
import { buildCanvasRoadmap } from '../../renderer/src/domain/canvas-roadmap';
import type { BuildResult, SourceFile } from '../../renderer/src/domain';
import { readInput } from './read-input';
import type { InputFile } from './write-output';

/** The roadmap that ships with the app. */
export const BUILTIN_ROADMAP = path.resolve(import.meta.dirname, '../../content/fastapi/roadmap.md');

const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export type LoadResult = BuildResult | { roadmap: null; problems: []; error: string };

/** A JSON Canvas roadmap (`.canvas`): its cards carry what a sidecar would. */
const isCanvas = (file: string) => /\.canvas$/i.test(file);

/** The files a roadmap is read from: its Markdown and its sidecar (given, or `sidecar.json` beside it, if there is one). */
export function roadmapFiles(markdownPath: string, sidecarPath?: string): InputFile[] {
  const besideIt = path.join(path.dirname(markdownPath), 'sidecar.json');
  const sidecarFile = sidecarPath ?? (!isCanvas(markdownPath) && existsSync(besideIt) ? besideIt : undefined);
  const files: InputFile[] = [{ file: markdownPath, role: 'the roadmap' }];
  if (sidecarFile !== undefined) files.push({ file: sidecarFile, role: "the roadmap's sidecar" });
  return files;
}

/**
 * Reads a roadmap's Markdown and its sidecar (given, or `sidecar.json` beside the
 * Markdown, or none: the Markdown alone is a roadmap), or a JSON Canvas file, and builds it. File paths in
 * problems are as the user typed them.
 */
export function loadRoadmap(markdownPath: string, sidecarPath?: string): LoadResult {
  if (isCanvas(markdownPath) && sidecarPath !== undefined) {
    const error = `${markdownPath}: a .canvas roadmap takes no sidecar (write estimate: and after: on its cards)`;
    return { roadmap: null, problems: [], error };
  }
  const [markdownFile, sidecarFile] = roadmapFiles(markdownPath, sidecarPath);
  const markdown = readSource(markdownFile!.file);
  if (typeof markdown === 'string') return { roadmap: null, problems: [], error: markdown };
  let sidecar: SourceFile | undefined;
  if (sidecarFile !== undefined) {
    const read = readSource(sidecarFile.file);
    if (typeof read === 'string') return { roadmap: null, problems: [], error: read };
    sidecar = read;
  }
  const fallbackId = path.basename(markdownPath).replace(/\.[^.]*$/, '');
  if (isCanvas(markdownPath)) return buildCanvasRoadmap({ ...markdown, fallbackId });
  return buildRoadmap({ markdown, sidecar, fallbackId });
}

/** A source file read as every CLI input is; a one-line message when it cannot be. */
function readSource(file: string): SourceFile | string {
  const read = readInput(file, MAX_SOURCE_BYTES);
  return read.ok ? { file, text: read.text } : read.message;
}
