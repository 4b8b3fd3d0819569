import { useCallback, useState } from 'react';

/**
 * An element's width in px, kept up to date as the window resizes; `null` until it is
 * measured (and where there is no ResizeObserver, as in jsdom). Pass `ref` to the element.
 */
export function useElementWidth<T extends HTMLElement>(): {
  width: number | null;
  ref: (element: T | null) => () => void;
} {
  const [width, setWidth] = useState<number | null>(null);
  const ref = useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return () => {};
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { width, ref };
}
