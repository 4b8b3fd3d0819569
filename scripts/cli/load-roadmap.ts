import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildRoadmap } from '../../renderer/src/domain';
import type { BuildResult, SourceFile } from '../../renderer/src/domain';

/** The roadmap that ships with the app. */
export const BUILTIN_ROADMAP = path.resolve(import.meta.dirname, '../../content/fastapi/roadmap.md');

const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export type LoadResult = BuildResult | { roadmap: null; problems: []; error: string };

/**
 * Reads a roadmap's Markdown and its sidecar (given, or `sidecar.json` beside the
 * Markdown) and builds it. File paths in problems are as the user typed them.
 */
export function loadRoadmap(markdownPath: string, sidecarPath?: string): LoadResult {
  const markdown = readSource(markdownPath);
  if (typeof markdown === 'string') return { roadmap: null, problems: [], error: markdown };
  const besideIt = path.join(path.dirname(markdownPath), 'sidecar.json');
  const sidecarFile = sidecarPath ?? (existsSync(besideIt) ? besideIt : undefined);
  let sidecar: SourceFile | undefined;
  if (sidecarFile !== undefined) {
    const read = readSource(sidecarFile);
    if (typeof read === 'string') return { roadmap: null, problems: [], error: read };
    sidecar = read;
  }
  const fallbackId = path.basename(markdownPath).replace(/\.[^.]*$/, '');
  return buildRoadmap({ markdown, sidecar, fallbackId });
}

function readSource(file: string): SourceFile | string {
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return `${file}: not a file`;
    if (stats.size > MAX_SOURCE_BYTES)
      return `${file}: too large (${stats.size} bytes; the limit is ${MAX_SOURCE_BYTES})`;
    return { file, text: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
    return code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(error)})`;
  }
}
