import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeBackup } from '../../renderer/src/domain';
import type { BackupData } from '../../renderer/src/domain';
import { BUILTIN_ROADMAP, loadRoadmap } from './load-roadmap';
import { run } from './run-in-process';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'planner-path-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const at = path.join(tmp, name);
  writeFileSync(at, typeof content === 'string' ? content : JSON.stringify(content));
  return at;
}

const roadmap = loadRoadmap(BUILTIN_ROADMAP).roadmap!;
const GOAL = 'jwt-token-management';
type Output = { goal: string; topics: string[]; hours: number };

function way(...options: string[]): Output {
  const result = run('path', '--to', GOAL, ...options, '--json');
  expect([result.code, result.err]).toEqual([0, '']);
  return JSON.parse(result.out) as Output;
}

describe('path --to', () => {
  it('prints the open prerequisites in study order, the goal last, and their hours', () => {
    const output = way();
    expect(output.goal).toBe(GOAL);
    expect(output.topics.at(-1)).toBe(GOAL);
    const at = new Map(output.topics.map((id, i) => [id, i]));
    for (const id of output.topics) {
      for (const pre of roadmap.topicsById.get(id)!.prerequisites)
        expect(at.get(pre)!).toBeLessThan(at.get(id)!);
    }
    const hours = output.topics.reduce((sum, id) => sum + roadmap.topicsById.get(id)!.estimateHours, 0);
    expect(output.hours).toBeCloseTo(hours);
    expect(output.topics.length).toBeGreaterThan(3);
  });

  it('leaves out what a progress file or a backup has done or skipped', () => {
    const [first, second] = way().topics;
    const statuses = { [first!]: 'done', [second!]: 'skipped' };
    const fromStatuses = way('--progress', file('progress.json', { statuses })).topics;
    expect(fromStatuses).not.toContain(first);
    expect(fromStatuses).not.toContain(second);
    const AT = '2026-11-24T09:30:00.000Z';
    const data: BackupData = {
      topicStates: Object.entries(statuses).map(([topicId, status]) => ({
        roadmapId: 'fastapi',
        topicId,
        status: status === 'done' ? 'done' : 'skipped',
        updatedAt: AT,
      })),
      itemStates: [],
      notes: [],
      plans: [],
      sessionLog: [],
      busyCalendars: [],
      roadmaps: [],
      roadmapEdits: [],
      reviewLog: [],
      reviewCards: [],
      exportChoices: [],
      meta: [],
    };
    const backup = file('backup.json', serializeBackup(data, { exportedAt: AT, appVersion: '0.3.0' }));
    expect(way('--progress', backup).topics).toEqual(fromStatuses);
  });

  it('refuses an unknown topic or a bad progress file in one line', () => {
    const unknown = run('path', '--to', 'nope', '--json');
    expect([unknown.code, unknown.out, unknown.err]).toEqual([
      1,
      '',
      '--to: unknown topic "nope" in roadmap "fastapi"\n',
    ]);
    const bad = file('bad.json', { statuses: { routing: 'finished' } });
    expect(run('path', '--to', GOAL, '--progress', bad, '--json').err).toBe(
      `${bad}: statuses.routing: expected one of todo, doing, done, skipped\n`,
    );
    const other = file('other.json', [1, 2]);
    expect(run('path', '--to', GOAL, '--progress', other, '--json').err).toMatch(
      /: statuses: expected \{"statuses": /,
    );
    const missing = path.join(tmp, 'missing.json');
    expect(run('path', '--to', GOAL, '--progress', missing, '--json').err).toBe(`${missing}: no such file\n`);
  });

  it('asks for --to and --json', () => {
    expect(run('path', '--json').err).toMatch(/^path: to which topic\?/);
    expect(run('path', '--to', GOAL).err).toMatch(/^path: only --json output exists/);
  });
});
