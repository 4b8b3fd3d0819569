import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import snapshot from 'virtual:builtin-roadmap';
import { NO_PREREQUISITE_EDITS, reviveRoadmap } from '../domain';
import type { PrerequisiteEdits, Roadmap, RoadmapLayout } from '../domain';
import { readCurrentRoadmapId, readRoadmap, readRoadmapEdits } from '../storage';
import type { PlannerDatabase, RoadmapRecord } from '../storage';

/** The built-in roadmap, parsed and laid out at build time. */
export const builtinRoadmap: Roadmap = reviveRoadmap(snapshot.roadmap);

/** The roadmap the window shows, with what the workspace needs to show and edit it. */
export type ShownRoadmap = {
  /** The roadmap as the user sees it: its source with the user's prerequisite edits. */
  roadmap: Roadmap;
  layout: RoadmapLayout;
  /** The roadmap as imported (or built in), without the user's edits. */
  source: Roadmap;
  edits: PrerequisiteEdits;
  /** The imported file, or null for the built-in roadmap. */
  file: RoadmapRecord | null;
};

type Choice = { record: RoadmapRecord | null; edits: PrerequisiteEdits };

/**
 * Whether the window last showed the built-in roadmap as built: a hint kept beside the
 * database (which stays the truth) and read at once, so that roadmap draws while the
 * database opens instead of after.
 */
const HINT_KEY = 'roadmap-planner:shown';
let builtinLastTime = false;
try {
  builtinLastTime = localStorage.getItem(HINT_KEY) !== 'other';
} catch {
  // No storage here: the window waits for the database.
}
const AS_BUILT = { roadmap: builtinRoadmap, layout: snapshot.layout };

/**
 * The roadmap used last (the built-in one until the user picks another), kept current as
 * the user switches, imports, removes or edits prerequisites; null while it loads.
 */
export function useShownRoadmap(db: PlannerDatabase): ShownRoadmap | null {
  const choice = useLiveQuery(async (): Promise<Choice> => {
    const id = await readCurrentRoadmapId(db);
    const record = id !== null && id !== builtinRoadmap.id ? ((await readRoadmap(db, id)) ?? null) : null;
    const edits = await readRoadmapEdits(db, record?.id ?? builtinRoadmap.id);
    return { record, edits: edits ?? NO_PREREQUISITE_EDITS };
  }, [db]);
  const record = choice?.record ?? null;
  // The record is read again whenever an edit is stored: revive it only when its file changed.
  const recordKey = record ? `${record.id} ${record.updatedAt}` : null;
  const source = useMemo(
    () => (record ? reviveRoadmap(record.data) : builtinRoadmap),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key says when the record's data changed
    [recordKey],
  );
  const edits = choice?.edits ?? NO_PREREQUISITE_EDITS;
  const shown = useEdited(source, edits);
  const loaded = choice !== undefined;
  const asBuilt = shown === AS_BUILT;
  useEffect(() => {
    try {
      if (loaded) localStorage.setItem(HINT_KEY, asBuilt ? 'builtin' : 'other');
    } catch {
      // Without the hint the window waits for the database: slower, no less right.
    }
  }, [loaded, asBuilt]);
  if (!loaded) return builtinLastTime ? { ...AS_BUILT, source, edits, file: null } : null;
  if (shown === null) return null;
  return { ...shown, source, edits, file: record };
}

type Edited = { roadmap: Roadmap; layout: RoadmapLayout };

/**
 * The roadmap with the user's edits, laid out. The built-in one unedited comes laid out from
 * the build; any other (or the built-in one with the user's prerequisites, which order topics
 * within sections) is edited and laid out when shown, by code that loads then. After an edit
 * the last one stays until the new one is ready.
 */
function useEdited(source: Roadmap, edits: PrerequisiteEdits): Edited | null {
  const [edited, setEdited] = useState<(Edited & { source: Roadmap }) | null>(null);
  const editsKey = JSON.stringify(edits);
  const asBuilt = source === builtinRoadmap && edits.added.length === 0 && edits.removed.length === 0;
  useEffect(() => {
    if (asBuilt) return;
    let live = true;
    void Promise.all([import('../domain/prerequisite-edits'), import('../domain/layout')]).then(
      ([{ applyPrerequisiteEdits }, { layoutRoadmap }]) => {
        const roadmap = applyPrerequisiteEdits(source, edits);
        if (live) setEdited({ roadmap, layout: layoutRoadmap(roadmap), source });
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key says when the edits changed
  }, [source, editsKey, asBuilt]);
  if (asBuilt) return AS_BUILT;
  // The same source with other edits has the same topics: the last layout serves meanwhile,
  // and the unedited built-in one until its first edit is laid out (null would unmount the
  // workspace, closing the panel the edit was made from).
  if (edited?.source === source) return edited;
  return source === builtinRoadmap ? AS_BUILT : null;
}
