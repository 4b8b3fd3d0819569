import { longestPathLayers, topologicalOrder } from './graph';
import type { LayoutInput } from './layout-types';
import type { TopicId } from './roadmap';

/** The roadmap's graph as the packing reads it, computed once per layout. */
export type Prepared = {
  needs: Map<TopicId, readonly TopicId[]>;
  sectionOf: Map<TopicId, number>;
  /** Sections so that a topic's prerequisites sit in earlier sections or its own. */
  sectionOrder: LayoutInput['sections'];
  /** Set when sections need each other both ways; then topics keep global layers. */
  globalLayers: Map<TopicId, number> | null;
  /** For each topic, the longest chain of topics that need it (0 for none). */
  tail: Map<TopicId, number>;
  /** Layers the deepest prerequisite chain needs. */
  depth: number;
};

/** Section order, prerequisite maps and chain lengths for `place`. */
export function prepare(input: LayoutInput): Prepared {
  const sectionOf = new Map<TopicId, number>();
  for (const section of input.sections)
    for (const topic of section.topics) sectionOf.set(topic.id, section.number);
  const needs = new Map<TopicId, readonly TopicId[]>();
  for (const section of input.sections) {
    for (const topic of section.topics)
      needs.set(
        topic.id,
        topic.prerequisites.filter((p) => sectionOf.has(p)),
      );
  }
  const keys = input.sections.map((s) => `${s.number}`);
  const sectionNeeds = new Map<string, string[]>(keys.map((k) => [k, []]));
  for (const [id, pres] of needs) {
    const own = `${sectionOf.get(id)}`;
    for (const pre of pres) {
      const other = `${sectionOf.get(pre)}`;
      if (other !== own && !sectionNeeds.get(own)!.includes(other)) sectionNeeds.get(own)!.push(other);
    }
  }
  const ordered = topologicalOrder(keys, sectionNeeds);
  if (ordered.length < keys.length) {
    const order = input.sections.flatMap((s) => s.topics.map((t) => t.id));
    return {
      needs,
      sectionOf,
      sectionOrder: input.sections,
      globalLayers: longestPathLayers(order, needs),
      ...tails(order, needs),
    };
  }
  const byKey = new Map(input.sections.map((s) => [`${s.number}`, s]));
  const order = input.sections.flatMap((s) => s.topics.map((t) => t.id));
  return {
    needs,
    sectionOf,
    sectionOrder: ordered.map((k) => byKey.get(k)!),
    globalLayers: null,
    ...tails(order, needs),
  };
}

function tails(order: readonly TopicId[], needs: ReadonlyMap<TopicId, readonly TopicId[]>) {
  const reversed = new Map<TopicId, TopicId[]>(order.map((id) => [id, []]));
  for (const [id, pres] of needs) for (const pre of pres) reversed.get(pre)?.push(id);
  const tail = longestPathLayers(order, reversed);
  const heads = longestPathLayers(order, needs);
  const depth = Math.max(0, ...order.map((id) => (heads.get(id) ?? 0) + 1));
  return { tail, depth };
}

/**
 * Layers of one section's topics: one right of their deepest prerequisite, whether that is
 * in an earlier section (already placed) or in this one.
 */
export function sectionLayers(
  topics: LayoutInput['sections'][number]['topics'],
  needs: ReadonlyMap<TopicId, readonly TopicId[]>,
  placed: ReadonlyMap<TopicId, number>,
): Map<TopicId, number> {
  const own = new Set(topics.map((t) => t.id));
  const ids = topics.map((t) => t.id);
  const inner = new Map(ids.map((id) => [id, (needs.get(id) ?? []).filter((p) => own.has(p))]));
  const result = new Map<TopicId, number>();
  const order = topologicalOrder(ids, inner);
  for (const id of order) {
    let value = 0;
    for (const pre of needs.get(id) ?? [])
      value = Math.max(value, (result.get(pre) ?? placed.get(pre) ?? -1) + 1);
    result.set(id, value);
  }
  // Pull early topics right, towards the section's last layer, as far as the section's own
  // topics that need them allow: a narrow box wastes less room than a long sparse one.
  const last = Math.max(...result.values());
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    let limit = last;
    for (const [other, pres] of inner) if (pres.includes(id)) limit = Math.min(limit, result.get(other)! - 1);
    if (limit > result.get(id)!) result.set(id, limit);
  }
  return result;
}
