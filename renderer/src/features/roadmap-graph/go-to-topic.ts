import type { TopicId } from '../../domain';
import { focusTopicNode, topicNodeElement } from './focus-topic-node';
import { CENTRE_DURATION } from './useCentreTopic';

/**
 * Focuses a topic's node, first bringing it into view when it is not (it may not exist yet).
 * `insets` is screen room covered on either side of the graph's box `view`.
 */
export function goToTopic(
  id: TopicId,
  view: HTMLElement | null,
  insets: { left: number; right: number },
  centre: (id: TopicId) => void,
): void {
  const box = view?.getBoundingClientRect();
  const node = topicNodeElement(id)?.getBoundingClientRect();
  const inView =
    box &&
    node &&
    node.left >= box.left + insets.left &&
    node.right <= box.right - insets.right &&
    node.top >= box.top &&
    node.bottom <= box.bottom;
  if (inView) return focusTopicNode(id);
  centre(id);
  // Its node may appear only once the view has moved (large roadmaps draw what is in view).
  setTimeout(() => focusTopicNode(id), CENTRE_DURATION + 40);
}
