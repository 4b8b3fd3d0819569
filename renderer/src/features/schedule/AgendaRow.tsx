import { sessionClockSpan } from '../../domain';
import type { FollowedSession, ScheduledSession, SessionOutcome, TopicId } from '../../domain';
import { phaseSlot, PinIcon } from '../../ui';
import type { CalendarEntry } from './calendar-entry';
import { formatWeekdayDay, logChoices } from './schedule-words';

/** A session of the agenda: what happened to it, with its topic's title and phase. */
export type AgendaEntry = FollowedSession & Omit<CalendarEntry, 'session' | 'state'>;

type Props = {
  entry: AgendaEntry;
  /** Marks the row, so the focus can find it after it moves to another group. */
  rowKey: string;
  withDay: boolean;
  onOpenTopic: (topicId: TopicId) => void;
  onLog: (session: ScheduledSession, outcome: SessionOutcome) => void;
};

/** One session of This week: when, what, its outcome once logged, and Done / Missed when due. */
export function AgendaRow({ entry, rowKey, withDay, onOpenTopic, onLog }: Props) {
  const { session, state, title, phase } = entry;
  const name = `${title}, part ${session.part} of ${session.parts}`;
  const outcome = state === 'missed-flag' ? 'missed' : state === 'logged' ? session.logged : undefined;
  return (
    <li
      className="agenda__row"
      data-phase={phaseSlot(phase)}
      data-state={state}
      data-outcome={outcome}
      data-session={rowKey}
      // Logging unmounts the button that was pressed: focus stays on its row.
      tabIndex={-1}
    >
      <span className="agenda__time">
        {withDay && <span className="agenda__day">{formatWeekdayDay(session.date)}</span>}
        {sessionClockSpan(session)}
      </span>
      <span className="agenda__what">
        <button type="button" className="agenda__title" onClick={() => onOpenTopic(session.topicId)}>
          {title}
        </button>
        <span className="agenda__meta">
          Part {session.part} of {session.parts} · {session.minutes} min
        </span>
      </span>
      <span className="agenda__actions">
        {session.pinned && !outcome && (
          <span className="agenda__badge" title="Moved in your calendar: it stays there until you unpin it">
            <PinIcon /> Pinned
          </span>
        )}
        {outcome && (
          <span className="agenda__badge" data-outcome={outcome}>
            {outcome === 'done' ? '✓ Done' : 'Missed'}
          </span>
        )}
        {/* Work is logged once its time has come: a later session has nothing to say yet. */}
        {logChoices(state).map((choice) => (
          <button
            key={choice}
            type="button"
            className={`button button--small${choice === 'missed' ? ' button--quiet' : ''}`}
            aria-label={`${choice === 'done' ? 'Done' : 'Missed'}: ${name}`}
            onClick={(event) => {
              event.currentTarget.closest('li')?.focus();
              onLog(session, choice);
            }}
          >
            {choice === 'done' ? 'Done' : 'Missed'}
          </button>
        ))}
      </span>
    </li>
  );
}
