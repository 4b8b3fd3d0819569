import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openPlannerDatabase } from './database';
import { setFlag, SETTING_KEYS } from './settings';

describe('settings', () => {
  it('stores a flag in meta, where backups carry it', async () => {
    const db = await openPlannerDatabase('settings-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    await setFlag(db, SETTING_KEYS.remindFirstSession, true);
    expect(await db.meta.get(SETTING_KEYS.remindFirstSession)).toEqual({
      key: 'setting:remind-first-session',
      value: true,
    });
    db.close();
  });
});
