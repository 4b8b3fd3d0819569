import { useEffect, useState } from 'react';
import type { TopicId } from '../../domain';
import { reviewTopicsOf } from '../../ui/review-link';

/** The address's review request: the topics it names, or null for every topic due; `key` changes with it. */
export function useReviewAddress(): { key: string; topics: TopicId[] | null } {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onHashChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return { key: hash, topics: reviewTopicsOf(hash) };
}
