import type { PlannerDatabase } from '../database';

/**
 * What a stored change did, in words, and the way to take it back. Every change to the
 * user's data returns one, so Ctrl+Z, the toolbar arrows and a notice's Undo button all
 * work the same way.
 */
export type Done = {
  /** Says what happened ("Marked “Pydantic Models” done."), for notices and the Undo button's title. */
  text: string;
  /** Takes the change back in one transaction; what it returns takes the undo back (redo). */
  undo: () => Promise<Done>;
  /** Show `text` in a notice with Undo. Off for changes the view already shows (a status click). */
  announce?: boolean;
  /** Earlier steps described data this change replaced (an import, a reset): forget them. */
  replacesAll?: boolean;
  /** Back-to-back changes with the same key (typing one note) are one step. */
  mergeKey?: string;
  /**
   * A record of what the app found (a calendar sync's state), not a step of the user's: it
   * is not put on the undo stack and shows no notice, so Ctrl+Z still takes back the user's last change.
   */
  bookkeeping?: true;
};

/** One change to stored data: writes in a transaction and says how to undo it. */
export type Action = (db: PlannerDatabase) => Promise<Done>;
