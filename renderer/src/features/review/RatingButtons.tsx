import { REVIEW_RATINGS } from '../../domain';
import type { ReviewRating } from '../../domain';

type Props = {
  onRate: (rating: ReviewRating) => void;
  /** The rating given, pressed; the buttons are disabled once one is. */
  chosen?: ReviewRating | null;
  /** Each button's hint under its label ("I remembered it with effort"). */
  hints?: boolean;
};

/** Again / Hard / Good / Easy, each with its key (1–4). */
export function RatingButtons({ onRate, chosen = null, hints = false }: Props) {
  return (
    <div className="rating-buttons" role="group" aria-label="Rating">
      {REVIEW_RATINGS.map((r) => (
        <button
          key={r.rating}
          type="button"
          className="button rating-buttons__button"
          data-rating={r.rating}
          aria-pressed={chosen === null ? undefined : chosen === r.rating}
          aria-keyshortcuts={r.key}
          disabled={chosen !== null}
          title={`${r.hint} (${r.key})`}
          onClick={() => onRate(r.rating)}
        >
          <span className="rating-buttons__label">
            {r.label} <kbd>{r.key}</kbd>
          </span>
          {hints && <span className="rating-buttons__hint">{r.hint}</span>}
        </button>
      ))}
    </div>
  );
}
