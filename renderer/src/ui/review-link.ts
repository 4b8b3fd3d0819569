import type { TopicId } from '../domain';

/**
 * The review view's address: `#review` reviews every topic due, `#review?topics=a,b` exactly
 * those topics (a review session and a topic's "Review now" link there).
 */
export function reviewHref(topicIds: readonly TopicId[] = []): string {
  return topicIds.length === 0 ? '#review' : `#review?topics=${topicIds.map(encodeURIComponent).join(',')}`;
}

/** The topics a review address names (see {@link reviewHref}); null for every topic due. */
export function reviewTopicsOf(hash: string): TopicId[] | null {
  const list = /^#review\?(?:.*&)?topics=([^&]*)/.exec(hash)?.[1];
  if (list === undefined) return null;
  // Split before decoding: an id's own commas are encoded.
  return list
    .split(',')
    .filter((id) => id !== '')
    .map((id) => decodeURIComponent(id));
}
