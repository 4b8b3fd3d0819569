import type { CSSProperties } from 'react';
import { sessionClock } from '../../domain';
import { phaseSlot, PinIcon } from '../../ui';
import type { ScheduleEntry } from './calendar-entry';
import { entryLabel, entryTimes } from './calendar-entry';
import type { BlockFit } from './event-fit';
import { ReviewIcon } from './ReviewIcon';
import './review-entry.css';

type Props = {
  entry: ScheduleEntry;
  /** `chip`: a line in a month cell; `block`: a box in the week's time grid. */
  variant: 'chip' | 'block';
  /** A block's layout, for its height (event-fit.ts). */
  fit?: BlockFit | undefined;
  /** Whether its details are open. */
  expanded: boolean;
  /** Opens its details (Done, Missed, Open topic; a review's topics) beside `element`. */
  onSelect: (entry: ScheduleEntry, element: HTMLElement) => void;
  style?: CSSProperties;
};

/**
 * One session on the calendar, in its phase's colour, showing whether it was done or missed;
 * a review day in the review colour, with its mark. Its title comes first; the whole title
 * and its times are its accessible name and tooltip.
 */
export function CalendarEvent({ entry, variant, fit, expanded, onSelect, style }: Props) {
  const { session } = entry;
  const study = entry.kind === 'review' ? null : entry;
  const logged = study?.session.logged;
  const pinned = study?.session.pinned;
  const label = entryLabel(entry);
  // A block with a line of its own for the time shows both ends; beside the title, the start.
  const time = variant === 'block' && fit?.layout === 'stacked' ? entryTimes(entry) : sessionClock(session);
  return (
    <button
      type="button"
      className={`calendar-event calendar-event--${variant}`}
      data-kind={entry.kind === 'review' ? 'review' : undefined}
      data-phase={study ? phaseSlot(study.phase) : undefined}
      data-logged={logged}
      data-pinned={pinned}
      data-layout={fit?.layout}
      data-state={study?.state}
      aria-label={label}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      title={label}
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
      <EventText title={entry.title} time={time} fit={fit} />
    </button>
  );
}

type TextProps = { title: string; time: string; fit?: BlockFit | undefined };

/**
 * An event's words: its title first, then its time — on a line of its own when the box has
 * room (`stacked`), else beside the title's end only if it fits there. A time that does not
 * fit wraps out of sight rather than over the title.
 */
export function EventText({ title, time, fit }: TextProps) {
  return (
    <span className="calendar-event__text" data-part="text" data-lines={fit?.lines}>
      <span className="calendar-event__title" data-part="title">
        {title}
      </span>
      <span className="calendar-event__time" data-part="time">
        {time}
      </span>
    </span>
  );
}
