import type { TopicId } from '../../domain';

/** Moves keyboard focus to a topic's node on the graph, once the current render is done. */
export function focusTopicNode(id: TopicId): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus();
  });
}
