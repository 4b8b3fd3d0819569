import { useLiveQuery } from 'dexie-react-hooks';
import type { PlannerDatabase } from './database';

/** This device's preferences, kept in `meta` (and so in backups). */
export const SETTING_KEYS = {
  /** Whether to notify when today's first study session begins. */
  remindFirstSession: 'setting:remind-first-session',
} as const;

export type SettingKey = (typeof SETTING_KEYS)[keyof typeof SETTING_KEYS];

/** A yes/no preference, live; false until set (and while loading). */
export function useFlag(db: PlannerDatabase | null, key: SettingKey): boolean {
  const value = useLiveQuery(async () => (db ? (await db.meta.get(key))?.value : undefined), [db, key]);
  return value === true;
}
