import type { CSSProperties } from 'react';
import { sessionClock } from '../../domain';
import { phaseSlot, PinIcon } from '../../ui';
import type { ScheduleEntry } from './calendar-entry';
import { entryLabel, entryTimes } from './calendar-entry';
import { ReviewIcon } from './ReviewIcon';
import './review-entry.css';

type Props = {
  entry: ScheduleEntry;
  /** `chip`: one line in a month cell; `block`: a box in the week's time grid. */
  variant: 'chip' | 'block';
  /** Whether its details are open. */
  expanded: boolean;
  /** Opens its details (Done, Missed, Open topic; a review's topics) beside `element`. */
  onSelect: (entry: ScheduleEntry, element: HTMLElement) => void;
  style?: CSSProperties;
};

/**
 * One session on the calendar, in its phase's colour, showing whether it was done or missed;
 * a review day in the review colour, with its mark.
 */
export function CalendarEvent({ entry, variant, expanded, onSelect, style }: Props) {
  const { session } = entry;
  const study = entry.kind === 'review' ? null : entry;
  const logged = study?.session.logged;
  const pinned = study?.session.pinned;
  return (
    <button
      type="button"
      className={`calendar-event calendar-event--${variant}`}
      data-kind={entry.kind === 'review' ? 'review' : undefined}
      data-phase={study ? phaseSlot(study.phase) : undefined}
      data-logged={logged}
      data-pinned={pinned}
      // An hour's block holds one line of title above its times, not two.
      data-short={variant === 'block' && session.minutes <= 75 ? '' : undefined}
      // Under 45 minutes (a review, a short session) there is room for one line: the title, not its times.
      data-tiny={variant === 'block' && session.minutes < 45 ? '' : undefined}
      data-state={study?.state}
      aria-label={entryLabel(entry)}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      title={entryLabel(entry)}
      style={style}
      onClick={(event) => onSelect(entry, event.currentTarget)}
    >
      {logged === 'done' && (
        <svg className="calendar-event__check" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3.5 8.5l3 3 6-7" />
        </svg>
      )}
      {pinned && !logged && <PinIcon className="calendar-event__check" />}
      {!study && <ReviewIcon className="calendar-event__check" />}
      {variant === 'chip' ? (
        <>
          <span className="calendar-event__time">{sessionClock(session)}</span>
          <span className="calendar-event__title">{entry.title}</span>
        </>
      ) : (
        <>
          <span className="calendar-event__title">{entry.title}</span>
          <span className="calendar-event__time">{entryTimes(entry)}</span>
        </>
      )}
    </button>
  );
}
