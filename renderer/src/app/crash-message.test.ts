import { describe, expect, it } from 'vitest';
import { storageErrorMessages } from '../storage';
import { chunkFailedMessage, crashMessage } from './crash-message';

describe('crashMessage', () => {
  it('says a part did not load when a lazy chunk fails, in each browser’s words', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://127.0.0.1/assets/ReadyList-x.js',
      'Importing a module script failed.',
      'error loading dynamically imported module',
    ])
      expect(crashMessage(new TypeError(message))).toBe(chunkFailedMessage);
  });

  it('leaves everything else to the storage wording', () => {
    expect(crashMessage(new TypeError('x is not a function'))).toBe(storageErrorMessages.unknown);
    expect(crashMessage(Object.assign(new Error('full'), { name: 'QuotaExceededError' }))).toBe(
      storageErrorMessages.quota,
    );
  });
});
