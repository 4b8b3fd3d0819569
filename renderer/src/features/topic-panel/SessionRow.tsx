import { useRef, useState } from 'react';
import { formatWeekdayDay, sessionClockSpan } from '../../domain';
import type { ScheduledSession, SessionOutcome } from '../../domain';
import { MinutesForm } from './MinutesForm';

type Props = {
  session: ScheduledSession;
  /** The current minute (ms since the epoch): a session still ahead is done early, not missed. */
  now: number;
  /**
   * The next session still ahead: the one that can be done early (tomorrow's part studied
   * tonight). Later ones only read, or the list would be a column of buttons.
   */
  next: boolean;
  /** Logs the session; absent, the row only reads. */
  onLog?: ((session: ScheduledSession, outcome: SessionOutcome, minutes?: number) => void) | undefined;
};

/** One session of the topic: when, which part, what became of it, and logging it. */
export function SessionRow({ session, now, next, onLog }: Props) {
  const row = useRef<HTMLLIElement>(null);
  const [asking, setAsking] = useState(false);
  const ahead = Date.parse(session.start) > now;
  const part = `part ${session.part} of ${session.parts}`;
  // Logging unmounts what was pressed: the focus stays on the row.
  const settle = () => {
    row.current?.focus();
    setAsking(false);
  };
  return (
    <li ref={row} data-outcome={session.logged} tabIndex={-1}>
      <span className="topic-sessions__line">
        <span className="topic-sessions__when">
          {formatWeekdayDay(session.date)} · {sessionClockSpan(session)}
        </span>
        <span className="topic-sessions__what">
          Part {session.part} of {session.parts} · {session.minutes} min
          {session.logged === 'done' ? ' · ✓ done' : session.logged === 'missed' ? ' · missed' : ''}
        </span>
      </span>
      {onLog && !session.logged && !asking && (!ahead || next) && (
        <span className="topic-sessions__actions">
          <button
            type="button"
            className="button button--small"
            aria-label={`${ahead ? 'Done early' : 'Done'}: ${part}`}
            onClick={() => setAsking(true)}
          >
            {ahead ? 'Done early' : 'Done'}
          </button>
          {/* A session still ahead cannot have been missed yet. */}
          {!ahead && (
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label={`Missed: ${part}`}
              onClick={() => {
                settle();
                onLog(session, 'missed');
              }}
            >
              Missed
            </button>
          )}
        </span>
      )}
      {onLog && asking && (
        <MinutesForm
          label={`Minutes spent on ${part}`}
          initial={String(session.minutes)}
          focus
          onLog={(minutes) => {
            settle();
            onLog(session, 'done', minutes);
          }}
          onCancel={settle}
        />
      )}
    </li>
  );
}
