import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { RefObject } from 'react';
import { edgeId } from '../../domain';
import type { Prerequisite, Roadmap, TopicId } from '../../domain';
import { arrowAt, arrowName, isRemoveKey } from './arrow-edits';
import { isMenuKey } from './menu-key';
import { ArrowMenu } from './ArrowMenu';
import { focusTopicNode } from './focus-topic-node';

const arrowElement = (edge: Prerequisite) =>
  document.querySelector<SVGElement>(`.react-flow__edge[data-id="${CSS.escape(edgeId(edge))}"]`);

type Props = {
  /** The graph's box: arrows are found in it, and the menu is placed relative to it. */
  wrapper: RefObject<HTMLDivElement | null>;
  roadmap: Roadmap;
  onRemove: (from: TopicId, to: TopicId) => void;
};

/**
 * Removing prerequisites on the graph. A clicked arrow takes the focus (it is drawn
 * highlighted while it has it): Delete or Backspace removes it; a right click, the Menu key
 * or Shift+F10 opens its menu. Loaded after the first paint, and only where edits are offered.
 */
export function ArrowEditing({ wrapper, roadmap, onRemove }: Props) {
  const [menu, setMenu] = useState<{ edge: Prerequisite; at: { x: number; y: number } } | null>(null);
  const remove = (edge: Prerequisite) => {
    onRemove(edge.from, edge.to);
    // The arrow is gone: the keyboard goes on from the topic that needed it.
    focusTopicNode(edge.to);
  };
  const onEvent = useEffectEvent((event: MouseEvent | KeyboardEvent) => {
    const arrow = arrowAt(roadmap, event.target);
    const box = wrapper.current?.getBoundingClientRect();
    if (!arrow || !box) return;
    if (event instanceof KeyboardEvent) {
      if (isRemoveKey(event)) {
        event.preventDefault();
        remove(arrow.edge);
        return;
      }
      if (event.key === 'Escape') {
        arrow.element.blur();
        return;
      }
      if (!isMenuKey(event)) return;
    }
    event.preventDefault();
    const rect = arrow.element.getBoundingClientRect();
    const at =
      event instanceof MouseEvent && event.type === 'contextmenu'
        ? { x: event.clientX, y: event.clientY }
        : { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    setMenu({ edge: arrow.edge, at: { x: at.x - box.left, y: at.y - box.top } });
  });
  useEffect(() => {
    const box = wrapper.current;
    if (!box) return;
    const listener = (event: MouseEvent | KeyboardEvent) => onEvent(event);
    box.addEventListener('contextmenu', listener);
    box.addEventListener('keydown', listener);
    return () => {
      box.removeEventListener('contextmenu', listener);
      box.removeEventListener('keydown', listener);
    };
  }, [wrapper]);

  const close = useCallback(() => {
    setMenu((open) => {
      if (open) requestAnimationFrame(() => arrowElement(open.edge)?.focus());
      return null;
    });
  }, []);
  // The arrow keeps its highlight while its menu has the focus (an attribute React leaves be).
  useEffect(() => {
    const element = menu && arrowElement(menu.edge);
    element?.setAttribute('data-menu-open', '');
    return () => element?.removeAttribute('data-menu-open');
  }, [menu]);

  if (!menu) return null;
  return (
    <ArrowMenu
      name={arrowName(roadmap, menu.edge)}
      at={menu.at}
      onRemove={() => {
        setMenu(null);
        remove(menu.edge);
      }}
      onClose={close}
    />
  );
}
