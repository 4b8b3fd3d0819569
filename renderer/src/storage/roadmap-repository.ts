import type { PlannerDatabase } from './database';
import type { RoadmapEditsRecord, RoadmapRecord } from './records';

/** The `meta` key naming the roadmap the window shows (the one used last). */
export const CURRENT_ROADMAP_KEY = 'current-roadmap';

/** An imported roadmap as the switcher lists it. */
export type RoadmapListEntry = { id: string; title: string; fileName: string; topics: number };

/** Every imported roadmap, by title. */
export async function listRoadmaps(db: PlannerDatabase): Promise<RoadmapListEntry[]> {
  const rows = await db.roadmaps.toArray();
  return rows
    .map((row) => ({
      id: row.id,
      title: row.data.title,
      fileName: row.fileName,
      topics: row.data.sections.reduce((sum, section) => sum + section.topics.length, 0),
    }))
    .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** The id of the roadmap used last, or null before the user ever switched. */
export async function readCurrentRoadmapId(db: PlannerDatabase): Promise<string | null> {
  const value = (await db.meta.get(CURRENT_ROADMAP_KEY))?.value;
  return typeof value === 'string' ? value : null;
}

/** An imported roadmap, or undefined. */
export function readRoadmap(db: PlannerDatabase, id: string): Promise<RoadmapRecord | undefined> {
  return db.roadmaps.get(id);
}

/** A roadmap's prerequisite edits, or undefined when the user has made none. */
export function readRoadmapEdits(
  db: PlannerDatabase,
  roadmapId: string,
): Promise<RoadmapEditsRecord | undefined> {
  return db.roadmapEdits.get(roadmapId);
}
