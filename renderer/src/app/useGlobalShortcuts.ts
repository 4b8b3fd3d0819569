import { useEffect, useRef } from 'react';

type Shortcuts = {
  focusSearch: () => void;
  /** Returns true when it handled Escape. */
  escape: () => boolean;
};

/** Window-wide keys: `/` and Ctrl+K (⌘K) focus search; Escape closes what is open. */
export function useGlobalShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const typing = isTextField(event.target);
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        latest.current.focusSearch();
      } else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        latest.current.focusSearch();
      } else if (event.key === 'Escape' && !event.defaultPrevented && latest.current.escape()) {
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT'
  );
}
