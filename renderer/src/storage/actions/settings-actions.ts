import type { SettingKey } from '../settings';
import type { Action } from './done';

/** Turns a yes/no preference on or off. */
export function setPreference(key: SettingKey, on: boolean, text: string): Action {
  return async (db) => {
    const before = await db.transaction('rw', db.meta, async () => {
      const previous = (await db.meta.get(key))?.value === true;
      await db.meta.put({ key, value: on });
      return previous;
    });
    return { text, undo: () => setPreference(key, before, text)(db) };
  };
}
