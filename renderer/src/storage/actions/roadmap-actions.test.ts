import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRoadmap, defaultPlanSettings, toRoadmapData } from '../../domain';
import type { RoadmapData, RoadmapFile } from '../../domain';
import { ActionChannel } from '../action-channel';
import { dumpDatabase } from '../backup-repository';
import { openPlannerDatabase } from '../database';
import type { PlannerDatabase } from '../database';
import { icsHistoryKey } from '../ics-history-repository';
import { readProgress } from '../progress-repository';
import { listRoadmaps, readCurrentRoadmapId, readRoadmapEdits } from '../roadmap-repository';
import { savePlan } from './plan-actions';
import { setNoteText, setProgress } from './progress-actions';
import { importRoadmap, openRoadmapById, removeRoadmap, setPrerequisiteEdits } from './roadmap-actions';

const opened: PlannerDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function channel() {
  const db = await openPlannerDatabase('roadmap-actions', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  const errors: unknown[] = [];
  return { db, errors, channel: new ActionChannel(db, (e) => errors.push(e)) };
}

const markdown = (topics: string[]) =>
  [
    '# Tiny Roadmap',
    '## 0. Start',
    ...topics.map((title) => `- **${title}**\n  - One point`),
    '## Phases for Study',
    '- **Phase 1 (All)**: Sections 0',
    '',
  ].join('\n');

function tiny(topics: string[], fileName = 'tiny.md'): { file: RoadmapFile; data: RoadmapData } {
  const file: RoadmapFile = { id: 'tiny-roadmap', format: 'markdown', fileName, source: markdown(topics) };
  const built = buildRoadmap({ markdown: { file: fileName, text: file.source }, fallbackId: file.id });
  if (!built.roadmap) throw new Error(built.problems[0]?.message);
  return { file, data: toRoadmapData(built.roadmap) };
}

const done = (topicId: string) => ({ statuses: [{ topicId, status: 'done' as const }], items: [] });

describe('roadmap actions', () => {
  it('imports a roadmap, shows it, and undo takes it away and shows the one before', async () => {
    const { db, channel: c } = await channel();
    const { file, data } = tiny(['Alpha', 'Beta']);
    const result = await c.run(importRoadmap(file, data, new Date('2026-12-01T10:00:00Z')));
    expect(result?.text).toBe('Imported “Tiny Roadmap”.');
    expect(await listRoadmaps(db)).toEqual([
      { id: 'tiny-roadmap', title: 'Tiny Roadmap', fileName: 'tiny.md', topics: 2 },
    ]);
    expect(await readCurrentRoadmapId(db)).toBe('tiny-roadmap');
    await c.undo();
    expect(await listRoadmaps(db)).toEqual([]);
    expect(await readCurrentRoadmapId(db)).toBeNull();
    await c.redo();
    expect(await readCurrentRoadmapId(db)).toBe('tiny-roadmap');
  });

  it('re-imports keeping progress; rows of vanished topics stay and count again when they come back', async () => {
    const { db, channel: c } = await channel();
    const first = tiny(['Alpha', 'Beta']);
    await c.run(importRoadmap(first.file, first.data, new Date('2026-12-01T10:00:00Z')));
    await c.run(setProgress('tiny-roadmap', done('alpha'), 'a'));
    await c.run(setProgress('tiny-roadmap', done('beta'), 'b'));
    const second = tiny(['Alpha', 'Gamma'], 'tiny-v2.md');
    const result = await c.run(importRoadmap(second.file, second.data, new Date('2026-12-02T10:00:00Z')));
    expect(result?.text).toBe('Updated “Tiny Roadmap” from “tiny-v2.md”.');
    const row = await db.roadmaps.get('tiny-roadmap');
    expect(row?.importedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(row?.updatedAt).toBe('2026-12-02T10:00:00.000Z');
    expect(row?.data.sections[0]?.topics.map((t) => t.id)).toEqual(['alpha', 'gamma']);
    // Beta's progress is kept aside, not dropped.
    const statuses = (await readProgress(db, 'tiny-roadmap')).statuses;
    expect(statuses.get('alpha')).toBe('done');
    expect(statuses.get('beta')).toBe('done');
    await c.undo();
    expect((await db.roadmaps.get('tiny-roadmap'))?.fileName).toBe('tiny.md');
  });

  it('switches the roadmap shown; undo switches back', async () => {
    const { db, channel: c } = await channel();
    await c.run(openRoadmapById('tiny-roadmap', 'Tiny Roadmap'));
    expect(await readCurrentRoadmapId(db)).toBe('tiny-roadmap');
    await c.run(openRoadmapById('fastapi', 'FastAPI'));
    await c.undo();
    expect(await readCurrentRoadmapId(db)).toBe('tiny-roadmap');
  });

  it('removes a roadmap with everything stored about it; undo puts every row back', async () => {
    const { db, channel: c } = await channel();
    const { file, data } = tiny(['Alpha', 'Beta']);
    await c.run(importRoadmap(file, data));
    await c.run(setProgress('tiny-roadmap', done('alpha'), 'a'));
    await c.run(setProgress('fastapi', done('routing'), 'f'));
    await c.run(setNoteText('tiny-roadmap', 'beta', 'my note', 'Beta'));
    await c.run(
      savePlan('tiny-roadmap', defaultPlanSettings('tiny-roadmap', '2026-12-01', 'UTC'), '2026-12-01', []),
    );
    const plan = await db.plans.where('roadmapId').equals('tiny-roadmap').first();
    await db.meta.put({ key: icsHistoryKey(plan!.id), value: { planId: plan!.id } });
    await c.run(
      setPrerequisiteEdits('tiny-roadmap', { added: [{ from: 'alpha', to: 'beta' }], removed: [] }, 'e'),
    );
    const before = await dumpDatabase(db);
    // Marking done rated both topics: the ratings and cards go with their roadmap too.
    expect(before.tables.reviewLog).toHaveLength(2);
    expect(before.tables.reviewCards).toHaveLength(2);

    const result = await c.run(removeRoadmap('tiny-roadmap', 'Tiny Roadmap'));
    expect(result?.text).toBe('Removed “Tiny Roadmap”.');
    const after = await dumpDatabase(db);
    const rowsOf = (dump: typeof after) =>
      Object.values(dump.tables)
        .flat()
        .filter(
          (entry) =>
            JSON.stringify(entry).includes('tiny-roadmap') || JSON.stringify(entry).includes(plan!.id),
        );
    expect(rowsOf(after)).toEqual([]);
    expect(await readCurrentRoadmapId(db)).toBeNull();
    expect((await readProgress(db, 'fastapi')).statuses.get('routing')).toBe('done');
    expect((await db.reviewLog.toArray()).map((row) => row.roadmapId)).toEqual(['fastapi']);
    expect((await db.reviewCards.toArray()).map((row) => row.roadmapId)).toEqual(['fastapi']);

    await c.undo();
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('stores prerequisite edits; undo puts the earlier ones back', async () => {
    const { db, channel: c } = await channel();
    const one = { added: [{ from: 'alpha', to: 'beta' }], removed: [] };
    const two = { added: [], removed: [{ from: 'x', to: 'y' }] };
    await c.run(setPrerequisiteEdits('fastapi', one, 'one'));
    await c.run(setPrerequisiteEdits('fastapi', two, 'two'));
    expect(await readRoadmapEdits(db, 'fastapi')).toMatchObject(two);
    await c.undo();
    expect(await readRoadmapEdits(db, 'fastapi')).toMatchObject(one);
    await c.undo();
    expect(await readRoadmapEdits(db, 'fastapi')).toBeUndefined();
  });
});
