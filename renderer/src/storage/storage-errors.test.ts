import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeStorageError, storageErrorMessages } from './storage-errors';

function domException(name: string): DOMException {
  return new DOMException(`${name} happened`, name);
}

describe('describeStorageError', () => {
  it('says the disk is full for a quota error, however it is wrapped', () => {
    expect(storageErrorMessages.quota).toMatch(/^Your disk is full/);
    expect(describeStorageError(domException('QuotaExceededError'))).toBe(storageErrorMessages.quota);
    expect(describeStorageError(new Dexie.QuotaExceededError(domException('QuotaExceededError')))).toBe(
      storageErrorMessages.quota,
    );
    // A transaction aborted by a full disk: Dexie's AbortError with the cause inside.
    expect(describeStorageError(new Dexie.AbortError('aborted', domException('QuotaExceededError')))).toBe(
      storageErrorMessages.quota,
    );
    // A bulk write lists one failure per row.
    expect(
      describeStorageError(
        new Dexie.BulkError('2 of 500 failed', [
          domException('ConstraintError'),
          domException('QuotaExceededError'),
        ]),
      ),
    ).toBe(storageErrorMessages.quota);
    // Old Firefox.
    expect(describeStorageError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(storageErrorMessages.quota);
  });

  it('asks to close the other window when an upgrade is blocked', () => {
    expect(storageErrorMessages.blocked).toMatch(
      /^Roadmap Planner is open in another window with an older version; close it/,
    );
    expect(describeStorageError(new Event('blocked'))).toBe(storageErrorMessages.blocked);
  });

  it('names a newer saved version for a VersionError, even inside OpenFailedError', () => {
    expect(describeStorageError(domException('VersionError'))).toBe(storageErrorMessages.newerVersion);
    expect(describeStorageError(new Dexie.OpenFailedError(domException('VersionError')))).toBe(
      storageErrorMessages.newerVersion,
    );
  });

  it('asks for a reload when another window upgraded the database', () => {
    expect(describeStorageError(new Dexie.VersionChangeError('upgraded elsewhere'))).toBe(
      storageErrorMessages.versionChange,
    );
  });

  it('explains an InvalidStateError', () => {
    expect(describeStorageError(domException('InvalidStateError'))).toBe(storageErrorMessages.invalidState);
    expect(describeStorageError(new Dexie.InvalidStateError('closing'))).toBe(
      storageErrorMessages.invalidState,
    );
  });

  it('explains a closed database', () => {
    expect(describeStorageError(new Dexie.DatabaseClosedError('closed'))).toBe(storageErrorMessages.closed);
  });

  it('explains a browser without IndexedDB', () => {
    expect(describeStorageError(new Dexie.MissingAPIError('no indexedDB'))).toBe(
      storageErrorMessages.missingApi,
    );
  });

  it('gives a general sentence for anything else, never throwing', () => {
    for (const error of [
      new Error('boom'),
      domException('UnknownError'),
      'a string',
      undefined,
      null,
      42,
      { name: 7 },
    ]) {
      expect(describeStorageError(error)).toBe(storageErrorMessages.unknown);
    }
    const throwing = {
      get name(): string {
        throw new Error('getter');
      },
    };
    expect(describeStorageError(throwing)).toBe(storageErrorMessages.unknown);
    const loop: { name: string; inner?: unknown } = { name: 'Error' };
    loop.inner = loop;
    expect(describeStorageError(loop)).toBe(storageErrorMessages.unknown);
  });
});
