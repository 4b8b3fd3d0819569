import type { TopicId } from '../../domain';

type Row = { id: number; topicId: TopicId };

/**
 * Topics finished since the app opened, in the order they were: a topic whose only log row
 * is newer than `since` (the newest row when the app opened) and not yet answered. A topic
 * undone and done again has a new row, so it is asked about again.
 */
export function newlyFinished(
  log: readonly Row[],
  since: number,
  answered: ReadonlyMap<TopicId, number>,
): TopicId[] {
  const rows = new Map<TopicId, Row[]>();
  for (const row of log) rows.set(row.topicId, [...(rows.get(row.topicId) ?? []), row]);
  return [...rows]
    .filter(
      ([topicId, [first, ...rest]]) =>
        first && rest.length === 0 && first.id > since && answered.get(topicId) !== first.id,
    )
    .sort(([, [a]], [, [b]]) => a!.id - b!.id)
    .map(([topicId]) => topicId);
}

/** The newest row's id (0 for none): rows after it are new. */
export function newestRow(log: readonly Row[]): number {
  return log.reduce((max, row) => Math.max(max, row.id), 0);
}
