import type { TopicId } from '../../domain';

type Row = { id: number; topicId: TopicId; at: string };

/**
 * Topics finished since the app opened (at `since`, ms), in the order they were: a topic
 * whose only log row was written since then and is not yet answered. Rows a restored backup
 * brings back are dated when they were rated, before, so they are not asked about; a topic
 * undone and done again has a new row, so it is asked about again.
 */
export function newlyFinished(
  log: readonly Row[],
  since: number,
  answered: ReadonlyMap<TopicId, number>,
): TopicId[] {
  const rows = new Map<TopicId, Row[]>();
  for (const row of log) rows.set(row.topicId, [...(rows.get(row.topicId) ?? []), row]);
  const firsts: Row[] = [];
  for (const [topicId, [first, ...rest]] of rows) {
    if (first && rest.length === 0 && Date.parse(first.at) >= since && answered.get(topicId) !== first.id) {
      firsts.push(first);
    }
  }
  return firsts.sort((a, b) => a.id - b.id).map((row) => row.topicId);
}
