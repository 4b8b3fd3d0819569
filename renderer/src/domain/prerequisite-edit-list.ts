import type { Prerequisite } from './roadmap';

// Apart from the code that applies and checks edits, which loads at the first edit: the
// window's start-up needs only the type and the empty value.

/**
 * The user's prerequisites over a roadmap, kept apart from its imported source and stored as
 * plain JSON: arrows they drew (`added`) and arrows of the source they deleted (`removed`).
 * Each list is in the order the user made the edits, without duplicates, and no prerequisite
 * is in both.
 */
export type PrerequisiteEdits = {
  readonly added: readonly Prerequisite[];
  readonly removed: readonly Prerequisite[];
};

/** No edits: the roadmap as imported. */
export const NO_PREREQUISITE_EDITS: PrerequisiteEdits = Object.freeze({
  added: Object.freeze([]),
  removed: Object.freeze([]),
});

/** How many prerequisites the user added or removed, for wording such as "3 changes". */
export const prerequisiteEditCount = (edits: PrerequisiteEdits): number =>
  edits.added.length + edits.removed.length;
