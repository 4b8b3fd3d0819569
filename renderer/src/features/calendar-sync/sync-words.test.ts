import { describe, expect, it } from 'vitest';
import { syncedLine } from './sync-words';

describe('the sync status line', () => {
  const at = '2026-12-01T18:00:00.000Z';
  const now = (minutes: number) => Date.parse(at) + minutes * 60_000;
  it('says when the last sync went through and how many events it wrote', () => {
    expect(syncedLine(null, now(0))).toBe('Not synced yet');
    expect(syncedLine({ at, changes: 0 }, now(0))).toBe('Synced just now · no changes');
    expect(syncedLine({ at, changes: 1 }, now(2))).toBe('Synced 2 min ago · 1 change');
    expect(syncedLine({ at, changes: 3 }, now(2))).toBe('Synced 2 min ago · 3 changes');
    expect(syncedLine({ at, changes: 3 }, now(150))).toBe('Synced 2 h ago · 3 changes');
    expect(syncedLine({ at, changes: 3 }, now(3 * 24 * 60))).toBe('Synced 3 days ago · 3 changes');
  });
});
