import { describeStorageError } from '../storage';

/** Chromium's, Firefox's and Safari's words for a code chunk that did not arrive. */
const CHUNK_FAILED = /dynamically imported module|Importing a module script failed|module script/i;

/** The app's own part (the window was updated under it, say) that failed to load, in words. */
export const chunkFailedMessage =
  'Part of Roadmap Planner could not be loaded, perhaps because it was just updated. Reload the window.';

/** What the user is told when drawing fails: a part that did not load, or storage. */
export function crashMessage(error: unknown): string {
  if (error instanceof Error && error.name === 'TypeError' && CHUNK_FAILED.test(error.message))
    return chunkFailedMessage;
  return describeStorageError(error);
}
