/** The keyboard's way to a context menu, a topic's or an arrow's: the Menu key or Shift+F10. */
export const isMenuKey = (event: Pick<KeyboardEvent, 'key' | 'shiftKey'>) =>
  event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10');
