import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { setPreference } from './actions/settings-actions';
import { openPlannerDatabase } from './database';
import { SETTING_KEYS } from './settings';

describe('settings', () => {
  it('stores a flag in meta, where backups carry it, and undoes it', async () => {
    const db = await openPlannerDatabase('settings-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    const done = await setPreference(SETTING_KEYS.remindFirstSession, true, 'on')(db);
    expect(await db.meta.get(SETTING_KEYS.remindFirstSession)).toEqual({
      key: 'setting:remind-first-session',
      value: true,
    });
    await done.undo();
    expect((await db.meta.get(SETTING_KEYS.remindFirstSession))?.value).toBe(false);
    db.close();
  });
});
