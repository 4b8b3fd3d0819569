import { MinHeap } from './min-heap';
import type { Prerequisite, Roadmap, TopicId } from './roadmap';

/** Adjacency of a prerequisite graph: for each topic, the topics it needs. */
export type PrerequisiteMap = ReadonlyMap<TopicId, readonly TopicId[]>;

/**
 * Cycles in a prerequisite graph, each as a path that returns to its start
 * (`[a, b, c, a]`: a needs b, b needs c, c needs a): one for each prerequisite that
 * closes a loop during a depth-first walk, enough to point the author at every tangle.
 */
export function findCycles(ids: readonly TopicId[], needs: PrerequisiteMap): TopicId[][] {
  const state = new Map<TopicId, 'open' | 'closed'>();
  const stack: TopicId[] = [];
  const cycles: TopicId[][] = [];
  const visit = (start: TopicId) => {
    // Iterative DFS: a 1,000-topic chain must not overflow the call stack.
    const frames: { id: TopicId; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'open');
    stack.push(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const targets = needs.get(frame.id) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!needs.has(target)) continue;
        const seen = state.get(target);
        if (seen === 'open') {
          cycles.push([...stack.slice(stack.indexOf(target)), target]);
        } else if (seen === undefined) {
          state.set(target, 'open');
          stack.push(target);
          frames.push({ id: target, next: 0 });
        }
      } else {
        state.set(frame.id, 'closed');
        stack.pop();
        frames.pop();
      }
    }
  };
  for (const id of ids) if (!state.has(id)) visit(id);
  return cycles;
}

/**
 * Topics ordered so every prerequisite comes before the topics needing it; ties keep the
 * given order (Kahn's algorithm with a stable queue). Topics on a cycle are left out.
 */
export function topologicalOrder(ids: readonly TopicId[], needs: PrerequisiteMap): TopicId[] {
  const position = new Map(ids.map((id, i) => [id, i]));
  const indegree = new Map<TopicId, number>();
  const dependants = new Map<TopicId, TopicId[]>();
  for (const id of ids) {
    const pres = (needs.get(id) ?? []).filter((p) => position.has(p));
    indegree.set(id, pres.length);
    for (const pre of pres) {
      const list = dependants.get(pre);
      if (list) list.push(id);
      else dependants.set(pre, [id]);
    }
  }
  // A binary heap on roadmap position keeps ties in roadmap order in O(n log n).
  const heap = new MinHeap<TopicId>((a, b) => position.get(a)! - position.get(b)!);
  for (const id of ids) if (indegree.get(id) === 0) heap.push(id);
  const order: TopicId[] = [];
  for (let id = heap.pop(); id !== undefined; id = heap.pop()) {
    order.push(id);
    for (const next of dependants.get(id) ?? []) {
      const left = indegree.get(next)! - 1;
      indegree.set(next, left);
      if (left === 0) heap.push(next);
    }
  }
  return order;
}

/** For each topic, the topics that list it as a prerequisite, in roadmap order. */
export function dependantsOf(roadmap: Pick<Roadmap, 'topics' | 'edges'>): Map<TopicId, TopicId[]> {
  const map = new Map<TopicId, TopicId[]>(roadmap.topics.map((t) => [t.id, []]));
  for (const edge of roadmap.edges) map.get(edge.from)?.push(edge.to);
  return map;
}

/** The id an arrow goes by: its prerequisite, then its topic. */
export const edgeId = (edge: Prerequisite) => `${edge.from}->${edge.to}`;

/** Prerequisite edges of a roadmap's topics, in roadmap order. */
export function edgesOf(
  topics: readonly { id: TopicId; prerequisites: readonly TopicId[] }[],
): Prerequisite[] {
  return topics.flatMap((topic) => topic.prerequisites.map((from) => ({ from, to: topic.id })));
}
