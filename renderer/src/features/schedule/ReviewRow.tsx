import { sessionClockSpan } from '../../domain';
import { reviewHref } from '../../ui/review-link';
import type { ReviewEntry } from './calendar-entry';
import { ReviewIcon } from './ReviewIcon';
import { formatWeekdayDay } from './schedule-words';
import './review-entry.css';

/** How many topics a row names before "and N more" (the calendar's details list them all). */
const NAMED = 3;

type Props = {
  entry: ReviewEntry;
  rowKey: string;
  withDay: boolean;
};

/** A review day in This week: when, "Review · 3 topics · 45 min", its topics, and Start review. */
export function ReviewRow({ entry, rowKey, withDay }: Props) {
  const { session, topics } = entry;
  const named = topics.slice(0, NAMED).map((t) => t.title);
  const more = topics.length - named.length;
  return (
    <li className="agenda__row" data-kind="review" data-session={rowKey} tabIndex={-1}>
      <span className="agenda__time">
        {withDay && <span className="agenda__day">{formatWeekdayDay(session.date)}</span>}
        {sessionClockSpan(session)}
      </span>
      <span className="agenda__what">
        <span className="agenda__title">
          <ReviewIcon /> {entry.title}
        </span>
        <span className="agenda__meta">
          {named.join(', ')}
          {more > 0 ? ` and ${more} more` : ''}
        </span>
      </span>
      <span className="agenda__actions">
        <a
          className="button button--small"
          href={reviewHref(session.topics)}
          aria-label={`Start review: ${entry.title}, ${formatWeekdayDay(session.date)}`}
        >
          Start review
        </a>
      </span>
    </li>
  );
}
