import path from 'node:path';
import {
  BACKUP_FORMAT,
  inMessage,
  isTopicStatus,
  MAX_BACKUP_BYTES,
  pathTo,
  TOPIC_STATUSES,
} from '../../renderer/src/domain';
import type { PathTo, Roadmap, TopicId, TopicStatus } from '../../renderer/src/domain';
import { parseBackup } from '../../renderer/src/domain/backup-parse';
import { BUILTIN_ROADMAP, loadRoadmap } from './load-roadmap';
import { parseJsonInput, readInput } from './read-input';

export type PathRequest = { to: TopicId; progress?: string; file?: string; sidecar?: string };

export type PathOutcome = { ok: true; path: PathTo } | { ok: false; message: string };

/**
 * `path --to`: the goal's open prerequisites in study order, the goal last, and their hours,
 * in the built-in roadmap (or `--file`'s), leaving out what the progress file has settled.
 */
export function pathFromFiles(request: PathRequest): PathOutcome {
  const file = request.file ?? path.relative(process.cwd(), BUILTIN_ROADMAP);
  const built = loadRoadmap(file, request.sidecar);
  if (!built.roadmap) {
    const first = 'error' in built ? built.error : built.problems[0];
    const what = typeof first === 'string' ? first : `${first?.file}:${first?.line}: ${first?.message}`;
    return { ok: false, message: `${file}: not a valid roadmap (${what}); validate shows every problem` };
  }
  const roadmap = built.roadmap;
  if (!roadmap.topicsById.has(request.to)) {
    return {
      ok: false,
      message: `--to: unknown topic "${inMessage(request.to)}" in roadmap "${roadmap.id}"`,
    };
  }
  let statuses = new Map<TopicId, TopicStatus>();
  if (request.progress !== undefined) {
    const read = readProgress(request.progress, roadmap);
    if (!read.ok) return read;
    statuses = read.statuses;
  }
  return { ok: true, path: pathTo(roadmap.topics, statuses, request.to) };
}

type ProgressOutcome = { ok: true; statuses: Map<TopicId, TopicStatus> } | { ok: false; message: string };

/** Statuses from `{statuses: {topicId: status}}` (a plan file has that too) or from a backup. */
function readProgress(file: string, roadmap: Roadmap): ProgressOutcome {
  const read = readInput(file, MAX_BACKUP_BYTES);
  if (!read.ok) return read;
  const json = parseJsonInput(file, read.text);
  if (!json.ok) return json;
  const value = json.value;
  if (isObject(value) && value['format'] === BACKUP_FORMAT) {
    const backup = parseBackup(read.text, { byteLength: read.text.length, knownTopics: () => null });
    if (!backup.ok) return { ok: false, message: `${file}: ${backup.message}` };
    const rows = backup.backup.data.topicStates.filter((row) => row.roadmapId === roadmap.id);
    return { ok: true, statuses: new Map(rows.map((row) => [row.topicId, row.status])) };
  }
  const given = isObject(value) ? value['statuses'] : undefined;
  if (!isObject(given)) {
    return {
      ok: false,
      message: `${file}: statuses: expected {"statuses": {"<topic id>": "done", …}} or a backup file`,
    };
  }
  const statuses = new Map<TopicId, TopicStatus>();
  for (const [id, status] of Object.entries(given)) {
    if (!isTopicStatus(status)) {
      return {
        ok: false,
        message: `${file}: statuses.${inMessage(id)}: expected one of ${TOPIC_STATUSES.join(', ')}`,
      };
    }
    statuses.set(id, status);
  }
  return { ok: true, statuses };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
