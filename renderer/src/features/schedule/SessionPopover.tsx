import { useContext, useEffect, useId, useLayoutEffect, useRef } from 'react';
import type { ScheduledSession, SessionOutcome } from '../../domain';
import { reviewHref } from '../../ui/review-link';
import type { CalendarEntry, ReviewEntry, ScheduleEntry } from './calendar-entry';
import { entryTimes } from './calendar-entry';
import { formatWeekdayDay, logChoices } from './schedule-words';
import { UnpinContext } from './unpin-context';
import './session-popover.css';

type Props = {
  entry: ScheduleEntry;
  /** The event it belongs to: placed beside it, and the focus goes back to it on closing. */
  anchor: HTMLElement;
  onOpenTopic: (topicId: string) => void;
  /** Absent: the calendar only opens topics. */
  onLog: ((session: ScheduledSession, outcome: SessionOutcome) => void) | undefined;
  onClose: () => void;
};

const GAP = 6;

/**
 * A session's details beside its event on the calendar: when, what became of it, and Done,
 * Missed and Open topic; a review day's topics and Start review. Escape, a click elsewhere or
 * scrolling its event out of sight closes it.
 */
export function SessionPopover({ entry, anchor, onOpenTopic, onLog, onClose }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();

  const close = () => {
    onClose();
    anchor.focus();
  };

  // Placed before the first paint, beside the event (below it, or above when there is no room),
  // then the focus moves in without scrolling anything.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    placeBeside(element, anchor);
    element.querySelector<HTMLElement>('[data-first]')?.focus({ preventScroll: true });
  }, [anchor]);

  // A scroll or a resize moves it along with its event; it closes only once the event is out
  // of sight. (Closing on any scroll also closed it on the scroll that brought the event into
  // view for the click that opened it.)
  useEffect(() => {
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const element = box.current;
        if (!element) return;
        if (outOfSight(anchor)) onClose();
        else placeBeside(element, anchor);
      });
    };
    const outside = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (target && !box.current?.contains(target) && !anchor.contains(target)) onClose();
    };
    // Escape closes it wherever the focus is (still on the event after a click, say).
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onClose();
      anchor.focus();
    };
    document.addEventListener('keydown', escape, true);
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('scroll', follow, true);
    window.addEventListener('resize', follow);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('keydown', escape, true);
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('scroll', follow, true);
      window.removeEventListener('resize', follow);
    };
  }, [anchor, onClose]);

  return (
    <div ref={box} role="dialog" aria-labelledby={titleId} className="session-popover">
      <div className="session-popover__head">
        <h4 id={titleId}>{entry.title}</h4>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => close()}>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </div>
      {entry.kind === 'review' ? (
        <ReviewDetails entry={entry} onClose={onClose} />
      ) : (
        <StudyDetails
          entry={entry}
          anchor={anchor}
          onOpenTopic={onOpenTopic}
          onLog={onLog}
          onClose={onClose}
        />
      )}
    </div>
  );
}

/** A review day: when, the topics it reviews, and the way to the review view. */
function ReviewDetails({ entry, onClose }: { entry: ReviewEntry; onClose: () => void }) {
  const { session } = entry;
  return (
    <>
      <p className="session-popover__when">
        {formatWeekdayDay(session.date)}, {entryTimes(entry)} · {session.minutes} min
      </p>
      <ul className="session-popover__topics" aria-label="Topics to review">
        {entry.topics.map((topic) => (
          <li key={topic.id}>{topic.title}</li>
        ))}
      </ul>
      <div className="session-popover__actions">
        <a
          className="button button--small button--primary"
          href={reviewHref(session.topics)}
          data-first=""
          onClick={() => onClose()}
        >
          Start review
        </a>
      </div>
    </>
  );
}

type StudyProps = Omit<Props, 'entry'> & { entry: CalendarEntry };

/** A study session: when, what became of it, Done, Missed, Open topic, and Unpin when pinned. */
function StudyDetails({ entry, anchor, onOpenTopic, onLog, onClose }: StudyProps) {
  const { session } = entry;
  const choices = onLog ? logChoices(entry.state) : [];
  const unpin = useContext(UnpinContext);
  const close = () => {
    onClose();
    anchor.focus();
  };
  return (
    <>
      <p className="session-popover__when">
        {formatWeekdayDay(session.date)}, {entryTimes(entry)} · {session.minutes} min
        {session.parts > 1 ? ` · part ${session.part} of ${session.parts}` : ''}
      </p>
      <p className="session-popover__state" data-outcome={outcomeOf(entry)}>
        {stateText(entry)}
      </p>
      <div className="session-popover__actions">
        {choices.map((choice, i) => (
          <button
            key={choice}
            type="button"
            className={`button button--small${choice === 'done' ? ' button--primary' : ''}`}
            data-first={i === 0 ? '' : undefined}
            onClick={() => {
              onLog?.(session, choice);
              close();
            }}
          >
            {choice === 'done' ? 'Done' : 'Missed'}
          </button>
        ))}
        <button
          type="button"
          className="button button--small"
          data-first={choices.length === 0 ? '' : undefined}
          onClick={() => {
            onClose();
            onOpenTopic(session.topicId);
          }}
        >
          Open topic
        </button>
        {unpin && session.pinned && !session.logged && (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              unpin(session);
              close();
            }}
          >
            Unpin
          </button>
        )}
      </div>
    </>
  );
}
/** Puts the box below the anchor, or above it when there is no room below, inside the window. */
function placeBeside(element: HTMLElement, anchor: HTMLElement): void {
  const at = anchor.getBoundingClientRect();
  const { width, height } = element.getBoundingClientRect();
  const below = at.bottom + GAP + height <= window.innerHeight;
  const top = below ? at.bottom + GAP : Math.max(GAP, at.top - GAP - height);
  const left = Math.min(Math.max(GAP, at.left), Math.max(GAP, window.innerWidth - width - GAP));
  element.style.top = `${top}px`;
  element.style.left = `${left}px`;
}

/** The anchor has left the window, or its scrolling box has hidden it (or it is gone). */
function outOfSight(anchor: HTMLElement): boolean {
  if (!anchor.isConnected) return true;
  const at = anchor.getBoundingClientRect();
  if (at.bottom <= 0 || at.top >= window.innerHeight) return true;
  for (let box = anchor.parentElement; box; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if (overflowY === 'visible') continue;
    const clip = box.getBoundingClientRect();
    if (at.bottom <= clip.top || at.top >= clip.bottom) return true;
  }
  return false;
}

function outcomeOf({ session, state }: CalendarEntry): SessionOutcome | undefined {
  return state === 'missed-flag' ? 'missed' : session.logged;
}

/** What became of the session, in words. */
function stateText(entry: CalendarEntry): string {
  const outcome = outcomeOf(entry);
  if (outcome === 'done') return '✓ Done';
  if (outcome === 'missed') {
    return entry.state === 'missed-flag' ? 'Missed · replan to fit its work in' : 'Missed';
  }
  switch (entry.state) {
    case 'today':
      return 'Today · not logged yet';
    case 'overdue':
      return 'Not logged yet';
    default:
      return entry.session.pinned ? 'Pinned · moved in your calendar, it stays there' : 'Planned';
  }
}
