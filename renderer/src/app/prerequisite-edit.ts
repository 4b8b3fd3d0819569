import { checkNewPrerequisite, withoutPrerequisite, withPrerequisite } from '../domain';
import type { Prerequisite } from '../domain';
import { setPrerequisiteEdits } from '../storage';
import type { Action } from '../storage';
import type { ShownRoadmap } from './useShownRoadmap';

/**
 * The change a prerequisite drawn (`add`) or deleted on the graph makes to the user's edits,
 * or why it is refused (a cycle, a later phase: the domain's words). Loaded at the first
 * edit, with the checks: most sessions make none.
 */
export function prerequisiteEdit(
  { roadmap, source, edits }: Pick<ShownRoadmap, 'roadmap' | 'source' | 'edits'>,
  { from, to }: Prerequisite,
  add: boolean,
): { action: Action } | { refusal: string } {
  const titleOf = (id: string) => roadmap.topicsById.get(id)?.title ?? id;
  if (add) {
    const refusal = checkNewPrerequisite(roadmap, from, to);
    if (refusal !== null) return { refusal: `${refusal}.` };
  }
  const next = add
    ? withPrerequisite(edits, { from, to }, source)
    : withoutPrerequisite(edits, { from, to }, source);
  const text = add
    ? `“${titleOf(to)}” now needs “${titleOf(from)}”.`
    : `“${titleOf(to)}” no longer needs “${titleOf(from)}”.`;
  return { action: setPrerequisiteEdits(roadmap.id, next, text) };
}
