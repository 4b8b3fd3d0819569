import type { CSSProperties } from 'react';
import { sessionClock } from '../../domain';
import { phaseSlot, PinIcon } from '../../ui';
import type { CalendarEntry } from './calendar-entry';
import { entryLabel, entryTimes } from './calendar-entry';

type Props = {
  entry: CalendarEntry;
  /** `chip`: one line in a month cell; `block`: a box in the week's time grid. */
  variant: 'chip' | 'block';
  /** Whether its details are open. */
  expanded: boolean;
  /** Opens its details (Done, Missed, Open topic) beside `element`. */
  onSelect: (entry: CalendarEntry, element: HTMLElement) => void;
  style?: CSSProperties;
};

/** One session on the calendar, in its phase's colour, showing whether it was done or missed. */
export function CalendarEvent({ entry, variant, expanded, onSelect, style }: Props) {
  const { session } = entry;
  return (
    <button
      type="button"
      className={`calendar-event calendar-event--${variant}`}
      data-phase={phaseSlot(entry.phase)}
      data-logged={session.logged}
      data-pinned={session.pinned}
      // An hour's block holds one line of title above its times, not two.
      data-short={variant === 'block' && session.minutes <= 75 ? '' : undefined}
      data-state={entry.state}
      aria-label={entryLabel(entry)}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      title={entryLabel(entry)}
      style={style}
      onClick={(event) => onSelect(entry, event.currentTarget)}
    >
      {session.logged === 'done' && (
        <svg className="calendar-event__check" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3.5 8.5l3 3 6-7" />
        </svg>
      )}
      {session.pinned && !session.logged && <PinIcon className="calendar-event__check" />}
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
