import { addDays, formatLongDay, formatShortDay, sessionClockSpan, startOfWeek } from '../../domain';
import type { FollowedSession, ScheduledSession, TopicId } from '../../domain';
import { phaseSlot } from '../../ui';
import type { CalendarEntry } from './calendar-entry';
import './agenda.css';

type Props = {
  /** Every session with what happened to it, in time order. */
  followed: readonly (FollowedSession & Omit<CalendarEntry, 'session'>)[];
  today: string;
  onOpenTopic: (topicId: TopicId) => void;
  onLog: (session: ScheduledSession, outcome: 'done' | 'missed') => void;
};

/**
 * Today and the rest of this week, with Done and Missed on each session, and above them the
 * earlier sessions still waiting for a word.
 */
export function AgendaList({ followed, today, onOpenTopic, onLog }: Props) {
  const weekEnd = addDays(startOfWeek(today), 6);
  // Sessions in the past still waiting for a word (not logged, or missed and not replanned);
  // today's and later ones stay on their own day, flagged.
  const waiting = followed.filter(
    (f) => (f.state === 'overdue' || f.state === 'missed-flag') && f.session.date < today,
  );
  const todays = followed.filter((f) => f.session.date === today);
  const week = followed.filter((f) => f.session.date > today && f.session.date <= weekEnd);
  const next = followed.find((f) => f.session.date > weekEnd);
  return (
    <div className="agenda">
      {waiting.length > 0 && (
        <AgendaGroup
          title="Earlier, not logged"
          rows={waiting}
          onOpenTopic={onOpenTopic}
          onLog={onLog}
          withDay
        />
      )}
      <AgendaGroup
        title={`Today · ${formatShortDay(today)}`}
        rows={todays}
        empty="Nothing planned today."
        onOpenTopic={onOpenTopic}
        onLog={onLog}
      />
      <AgendaGroup
        title="Later this week"
        rows={week}
        empty={today === weekEnd ? undefined : 'Nothing more this week.'}
        onOpenTopic={onOpenTopic}
        onLog={onLog}
        withDay
      />
      {next && week.length === 0 && (
        <p className="agenda__next">
          Next session: {formatLongDay(next.session.date)}, {sessionClockSpan(next.session)} — {next.title}
        </p>
      )}
    </div>
  );
}

type GroupProps = {
  title: string;
  rows: readonly (FollowedSession & Omit<CalendarEntry, 'session'>)[];
  empty?: string | undefined;
  withDay?: boolean;
  onOpenTopic: (topicId: TopicId) => void;
  onLog: (session: ScheduledSession, outcome: 'done' | 'missed') => void;
};

function AgendaGroup({ title, rows, empty, withDay = false, onOpenTopic, onLog }: GroupProps) {
  if (rows.length === 0 && empty === undefined) return null;
  return (
    <section className="agenda__group" aria-label={title}>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p className="agenda__empty">{empty}</p>
      ) : (
        <ul className="agenda__list">
          {rows.map(({ session, state, title: topicTitle, phase }) => {
            const name = `${topicTitle}, part ${session.part} of ${session.parts}`;
            return (
              <li
                key={session.id}
                className="agenda__row"
                data-phase={phaseSlot(phase)}
                data-state={state}
                // Logging unmounts the button that was pressed: focus stays on its row.
                tabIndex={-1}
              >
                <span className="agenda__time">
                  {withDay && <span className="agenda__day">{formatShortDay(session.date)}</span>}
                  {sessionClockSpan(session)}
                </span>
                <span className="agenda__what">
                  <button
                    type="button"
                    className="agenda__title"
                    onClick={() => onOpenTopic(session.topicId)}
                  >
                    {topicTitle}
                  </button>
                  <span className="agenda__meta">
                    Part {session.part} of {session.parts} · {session.minutes} min
                  </span>
                </span>
                <span className="agenda__actions">
                  {state === 'logged' && (
                    <span className="agenda__badge" data-outcome={session.logged}>
                      {session.logged === 'done' ? '✓ Done' : 'Missed'}
                    </span>
                  )}
                  {state === 'missed-flag' && (
                    <span className="agenda__badge" data-outcome="missed">
                      Missed
                    </span>
                  )}
                  {/* Work is logged once its time has come: a later session has nothing to say yet. */}
                  {(state === 'today' || state === 'overdue' || state === 'missed-flag') && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Done: ${name}`}
                      onClick={(event) => {
                        event.currentTarget.closest('li')?.focus();
                        onLog(session, 'done');
                      }}
                    >
                      Done
                    </button>
                  )}
                  {(state === 'today' || state === 'overdue') && (
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-label={`Missed: ${name}`}
                      onClick={(event) => {
                        event.currentTarget.closest('li')?.focus();
                        onLog(session, 'missed');
                      }}
                    >
                      Missed
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
