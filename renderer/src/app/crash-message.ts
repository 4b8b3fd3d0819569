import { describeStorageError } from '../storage';

/** Chromium's and Firefox's words ("dynamically imported module"), and Safari's ("Importing a
 * module script failed"), for a code chunk that did not arrive. */
const CHUNK_FAILED = /imported module|module script/i;

/** The app's own part (the window was updated under it, say) that failed to load, in words. */
export const chunkFailedMessage = 'Part of the app could not be loaded (just updated?). Reload the window.';

/** What the user is told when drawing fails: a part that did not load, or storage. */
export function crashMessage(error: unknown): string {
  if (error instanceof Error && error.name === 'TypeError' && CHUNK_FAILED.test(error.message))
    return chunkFailedMessage;
  return describeStorageError(error);
}
