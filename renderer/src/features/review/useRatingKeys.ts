import { useEffect, useRef } from 'react';
import { REVIEW_RATINGS } from '../../domain';
import type { ReviewRating } from '../../domain';
import { isTextField } from '../../ui/text-field';

/**
 * Keys 1–4 rate (Again, Hard, Good, Easy) while `enabled`, unless focus is in a text field
 * or a modal dialog is open.
 */
export function useRatingKeys(enabled: boolean, onRate: (rating: ReviewRating) => void): void {
  const latest = useRef(onRate);
  useEffect(() => {
    latest.current = onRate;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (isTextField(event.target) || document.querySelector('dialog[open]')) return;
      const choice = REVIEW_RATINGS.find((r) => r.key === event.key);
      if (!choice) return;
      event.preventDefault();
      latest.current(choice.rating);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
