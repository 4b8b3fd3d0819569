import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { IcsExportChoices } from '../../domain';
import { openPlannerDatabase } from '../database';
import { readExportChoices } from '../export-choices-repository';
import { removeRoadmapRows } from '../roadmap-removal';
import { rememberExportChoices } from './export-actions';

const weeks: IcsExportChoices = {
  range: 'weeks',
  weeks: 4,
  phase: 1,
  milestones: true,
  reminder: true,
  reminderMinutes: 15,
};
const clock = () => new Date('2026-12-01T08:00:00Z');

describe('rememberExportChoices', () => {
  it('keeps a plan’s choices, one undoable step; the same choices again are no step', async () => {
    const db = await openPlannerDatabase('export-choices', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await readExportChoices(db, 'plan-1')).toBeNull();

    const first = await rememberExportChoices('plan-1', 'fastapi', weeks, clock)(db);
    expect(first.text).toBe(
      'Export options kept: the next 4 weeks, milestones, a reminder 15 minutes before.',
    );
    expect(first.bookkeeping).toBeUndefined();
    expect(await readExportChoices(db, 'plan-1')).toEqual(weeks);
    expect(await db.exportChoices.get('plan-1')).toMatchObject({
      roadmapId: 'fastapi',
      updatedAt: '2026-12-01T08:00:00.000Z',
    });
    // Another plan's choices are its own.
    expect(await readExportChoices(db, 'plan-2')).toBeNull();

    const again = await rememberExportChoices('plan-1', 'fastapi', weeks, clock)(db);
    expect(again.bookkeeping).toBe(true);

    const phase = { ...weeks, range: 'phase', phase: 2, reminder: false } as const;
    const changed = await rememberExportChoices('plan-1', 'fastapi', phase, clock)(db);
    expect(changed.bookkeeping).toBeUndefined();
    expect(await readExportChoices(db, 'plan-1')).toEqual(phase);
    const undone = await changed.undo();
    expect(await readExportChoices(db, 'plan-1')).toEqual(weeks);
    await undone.undo();
    expect(await readExportChoices(db, 'plan-1')).toEqual(phase);
    // Undoing the first step leaves no choices at all.
    await (await first.undo()).undo();
    await first.undo();
    expect(await readExportChoices(db, 'plan-1')).toBeNull();
    db.close();
  });

  it('go with their roadmap when it is removed, and come back with it', async () => {
    const db = await openPlannerDatabase('export-choices-removal', {
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    });
    await rememberExportChoices('plan-1', 'mine', weeks, clock)(db);
    const rows = await db.transaction('rw', db.tables, () => removeRoadmapRows(db, 'mine'));
    expect(await readExportChoices(db, 'plan-1')).toBeNull();
    expect(rows.tables.get('exportChoices')).toHaveLength(1);
    db.close();
  });
});
