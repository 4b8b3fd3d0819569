/** The part of the browser's `StorageManager` asked here; either method may be missing in old browsers. */
export type PersistentStorageManager = {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
};

// One request per storage manager: Firefox asks the user, and nobody wants that twice.
const requests = new WeakMap<PersistentStorageManager, Promise<boolean>>();

async function ask(storage: PersistentStorageManager): Promise<boolean> {
  try {
    if (storage.persisted && (await storage.persisted())) return true;
    if (!storage.persist) return false;
    return (await storage.persist()) === true;
  } catch {
    // A refusal or a browser without the API is not an error for the user: data still saves,
    // the browser may just evict it under pressure.
    return false;
  }
}

/**
 * Asks the browser to keep the app's data even when the disk runs low, once per session.
 * Resolves to whether storage is persistent; never throws or rejects.
 *
 * @param storage `navigator.storage` by default (undefined outside secure contexts and in Node).
 */
export function requestPersistentStorage(
  storage: PersistentStorageManager | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  if (!storage) return Promise.resolve(false);
  let request = requests.get(storage);
  if (!request) {
    request = ask(storage);
    requests.set(storage, request);
  }
  return request;
}
