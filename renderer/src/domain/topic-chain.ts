import type { Roadmap, TopicId } from './roadmap';

/**
 * The whole chain through a topic: the topic, its open prerequisites (transitively, through
 * open topics only: a finished one needs no more study) and everything it unlocks
 * (transitively).
 */
export function topicChain(
  roadmap: Pick<Roadmap, 'edges'>,
  isOpen: (id: TopicId) => boolean,
  id: TopicId,
): Set<TopicId> {
  const prerequisites = new Map<TopicId, TopicId[]>();
  const dependants = new Map<TopicId, TopicId[]>();
  for (const edge of roadmap.edges) {
    prerequisites.set(edge.to, [...(prerequisites.get(edge.to) ?? []), edge.from]);
    dependants.set(edge.from, [...(dependants.get(edge.from) ?? []), edge.to]);
  }
  const chain = new Set<TopicId>([id]);
  const walk = (next: ReadonlyMap<TopicId, TopicId[]>, keep: (id: TopicId) => boolean) => {
    const seen = new Set<TopicId>();
    const stack = [...(next.get(id) ?? [])];
    while (stack.length > 0) {
      const other = stack.pop()!;
      if (seen.has(other) || !keep(other)) continue;
      seen.add(other);
      chain.add(other);
      stack.push(...(next.get(other) ?? []));
    }
  };
  walk(prerequisites, isOpen);
  walk(dependants, () => true);
  return chain;
}
