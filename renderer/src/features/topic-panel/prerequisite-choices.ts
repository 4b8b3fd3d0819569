import type { Roadmap, Topic } from '../../domain';

/** One section's topics that may be offered as a new prerequisite. */
export type ChoiceGroup = { label: string; topics: readonly Topic[] };

/**
 * The topics `topic` could be given as a new prerequisite, grouped by section in roadmap
 * order: every other topic that is not already one of its prerequisites. Cycles and later
 * phases are left in on purpose: the app refuses them saying why, which teaches more than a
 * topic silently missing from the list.
 */
export function prerequisiteChoices(roadmap: Roadmap, topic: Topic): ChoiceGroup[] {
  const taken = new Set([topic.id, ...topic.prerequisites]);
  return roadmap.sections
    .map((section) => ({
      label: `Section ${section.number} · ${section.title}`,
      topics: section.topics.filter((t) => !taken.has(t.id)),
    }))
    .filter((group) => group.topics.length > 0);
}
