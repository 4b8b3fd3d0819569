import type { PrerequisiteEdits, RoadmapData, RoadmapFile } from '../../domain';
import type { PlannerDatabase } from '../database';
import type { RoadmapEditsRecord, RoadmapRecord } from '../records';
import { putRoadmapRows, removeRoadmapRows, roadmapTables } from '../roadmap-removal';
import { CURRENT_ROADMAP_KEY, readCurrentRoadmapId } from '../roadmap-repository';
import type { Action } from './done';

async function setCurrent(db: PlannerDatabase, id: string | null): Promise<void> {
  if (id === null) await db.meta.delete(CURRENT_ROADMAP_KEY);
  else await db.meta.put({ key: CURRENT_ROADMAP_KEY, value: id });
}

/** Shows another roadmap (the built-in one or an imported one); undo goes back to the one before. */
export function openRoadmapById(id: string, title: string): Action {
  return showRoadmap(id, `Opened “${title}”.`);
}

/** Makes `id` (null: the built-in roadmap) the roadmap shown; its undo shows the one before. */
function showRoadmap(id: string | null, text: string): Action {
  return async (db) => {
    const before = await db.transaction('rw', db.meta, async () => {
      const previous = await readCurrentRoadmapId(db);
      await setCurrent(db, id);
      return previous;
    });
    return { text, undo: () => showRoadmap(before, text)(db) };
  };
}

/**
 * Stores an imported roadmap (a new one, or a new file of one already imported: same id,
 * its progress, plan and notes stay; rows of topics the file no longer has are kept, and
 * count again if the topics come back) and shows it.
 */
export function importRoadmap(file: RoadmapFile, data: RoadmapData, at: Date = new Date()): Action {
  return async (db) => {
    const when = at.toISOString();
    const before = await db.transaction('rw', db.roadmaps, db.meta, async () => {
      const previous = await db.roadmaps.get(file.id);
      const current = await readCurrentRoadmapId(db);
      const row: RoadmapRecord = {
        ...file,
        data,
        importedAt: previous?.importedAt ?? when,
        updatedAt: when,
      };
      await db.roadmaps.put(row);
      await setCurrent(db, file.id);
      return { previous, current };
    });
    const text = before.previous
      ? `Updated “${data.title}” from “${file.fileName}”.`
      : `Imported “${data.title}”.`;
    return {
      text,
      announce: true,
      undo: async () => {
        await db.transaction('rw', db.roadmaps, db.meta, async () => {
          if (before.previous) await db.roadmaps.put(before.previous);
          else await db.roadmaps.delete(file.id);
          await setCurrent(db, before.current);
        });
        return { text, announce: true, undo: () => importRoadmap(file, data, at)(db) };
      },
    };
  };
}

/**
 * Removes an imported roadmap with everything stored about it; the built-in one shows.
 * Undo puts every row back and shows it again.
 */
export function removeRoadmap(id: string, title: string): Action {
  return async (db) => {
    const { rows, current } = await db.transaction('rw', roadmapTables(db), async () => {
      const current = await readCurrentRoadmapId(db);
      const rows = await removeRoadmapRows(db, id);
      if (current === id) await setCurrent(db, null);
      return { rows, current };
    });
    const text = `Removed “${title}”.`;
    return {
      text,
      announce: true,
      undo: async () => {
        await db.transaction('rw', roadmapTables(db), async () => {
          await putRoadmapRows(db, rows);
          await setCurrent(db, current);
        });
        return { text, announce: true, undo: () => removeRoadmap(id, title)(db) };
      },
    };
  };
}

/** Stores the user's prerequisite edits over a roadmap (`text` says what changed). */
export function setPrerequisiteEdits(roadmapId: string, edits: PrerequisiteEdits, text: string): Action {
  const row: RoadmapEditsRecord = {
    roadmapId,
    added: [...edits.added],
    removed: [...edits.removed],
    updatedAt: new Date().toISOString(),
  };
  return putEdits(roadmapId, row, text);
}

/** Puts a roadmap's edits row (or none); its undo puts back the one before. */
function putEdits(roadmapId: string, row: RoadmapEditsRecord | undefined, text: string): Action {
  return async (db) => {
    const before = await db.transaction('rw', db.roadmapEdits, async () => {
      const previous = await db.roadmapEdits.get(roadmapId);
      if (row) await db.roadmapEdits.put(row);
      else await db.roadmapEdits.delete(roadmapId);
      return previous;
    });
    return { text, announce: true, undo: () => putEdits(roadmapId, before, text)(db) };
  };
}
