import { describe, expect, it, vi } from 'vitest';
import type { PersistentStorageManager } from './persistent-storage';
import { requestPersistentStorage } from './persistent-storage';

function fakeStorage(persisted: boolean, grant: boolean | Error) {
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      if (grant instanceof Error) throw grant;
      return grant;
    }),
  } satisfies PersistentStorageManager;
}

describe('requestPersistentStorage', () => {
  it('asks and reports a grant', async () => {
    const storage = fakeStorage(false, true);
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('reports a refusal', async () => {
    expect(await requestPersistentStorage(fakeStorage(false, false))).toBe(false);
  });

  it('does not ask when storage is already persistent', async () => {
    const storage = fakeStorage(true, false);
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('asks only once, however often it is called', async () => {
    const storage = fakeStorage(false, true);
    const answers = await Promise.all([requestPersistentStorage(storage), requestPersistentStorage(storage)]);
    expect(answers).toEqual([true, true]);
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('never throws: a failing browser, a missing API or no storage manager all answer false', async () => {
    expect(await requestPersistentStorage(fakeStorage(false, new Error('SecurityError')))).toBe(false);
    const persistedFails = {
      persisted: () => Promise.reject(new Error('nope')),
      persist: () => Promise.resolve(true),
    };
    expect(await requestPersistentStorage(persistedFails)).toBe(false);
    expect(await requestPersistentStorage({})).toBe(false);
    expect(await requestPersistentStorage({ persisted: async () => false })).toBe(false);
    // Node 20 has no navigator; a browser's insecure context has no navigator.storage.
    expect(await requestPersistentStorage(undefined)).toBe(false);
    expect(await requestPersistentStorage()).toBe(false);
  });
});
