import type { TopicId } from '../../domain';

/** A topic's node on the graph, if it is drawn. */
export const topicNodeElement = (id: TopicId) =>
  document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);

/** Moves keyboard focus to a topic's node on the graph, once the current render is done. */
export function focusTopicNode(id: TopicId): void {
  requestAnimationFrame(() => topicNodeElement(id)?.focus());
}
