import type { ReviewRating } from '../../domain';
import { RatingButtons } from './RatingButtons';
import { useRatingKeys } from './useRatingKeys';

type Props = {
  /** The topic asked about now, if any. */
  title: string | null;
  /** How many more finished topics wait after it. */
  waiting: number;
  onRate: (rating: ReviewRating) => void;
  /** Counts as Good: nothing changes. */
  onSkip: () => void;
  onSkipAll: () => void;
  /** What the last answer did ("“SQL” · Hard · Next review in 3 days · Fri 4 Dec"). */
  answered: string | null;
  onDismiss: () => void;
};

/**
 * The self-check after Done: a small prompt, not a dialog, asking how well the user knows
 * the topic just finished (keys 1–4 answer it). One topic at a time; a cascade's topics wait.
 */
export function SelfCheck({ title, waiting, onRate, onSkip, onSkipAll, answered, onDismiss }: Props) {
  useRatingKeys(title !== null, onRate);
  // Always there, so a screen reader hears each question as it comes (focus stays where it was).
  const ask = (
    <p className="visually-hidden" aria-live="polite">
      {title === null ? '' : `How well do you know “${title}”? Keys 1 to 4 rate it.`}
    </p>
  );
  if (title === null && answered === null) return ask;
  return (
    <section className="self-check" aria-label="Self-check">
      {ask}
      <p className="self-check__answered" role="status">
        {answered}
      </p>
      {title !== null ? (
        <>
          <p className="self-check__question">How well do you know “{title}”?</p>
          <RatingButtons onRate={onRate} />
          <div className="self-check__footer">
            <span className="self-check__waiting">
              {waiting > 0 ? `${waiting} more finished ${waiting === 1 ? 'topic' : 'topics'} to rate` : ''}
            </span>
            {waiting > 0 && (
              <button type="button" className="self-check__skip" onClick={onSkipAll}>
                Skip all
              </button>
            )}
            <button type="button" className="self-check__skip" onClick={onSkip} title="Counts as Good">
              Skip
            </button>
          </div>
        </>
      ) : (
        <button
          type="button"
          className="icon-button self-check__close"
          aria-label="Close"
          onClick={onDismiss}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      )}
    </section>
  );
}
