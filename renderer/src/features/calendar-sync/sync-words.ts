/** "Synced 2 min ago · 3 changes": when the last sync went through and what it wrote. */
export function syncedLine(lastSync: { at: string; changes: number } | null, now: number): string {
  if (!lastSync) return 'Not synced yet';
  const minutes = Math.max(0, Math.floor((now - Date.parse(lastSync.at)) / 60_000));
  const ago =
    minutes < 1
      ? 'just now'
      : minutes < 60
        ? `${minutes} min ago`
        : minutes < 48 * 60
          ? `${Math.floor(minutes / 60)} h ago`
          : `${Math.floor(minutes / (24 * 60))} days ago`;
  const changes =
    lastSync.changes === 0 ? 'no changes' : `${lastSync.changes} change${lastSync.changes === 1 ? '' : 's'}`;
  return `Synced ${ago} · ${changes}`;
}
