import type { ScheduledSession, SessionOutcome, TopicStatus } from '../../domain';
import { MinutesForm } from './MinutesForm';
import { SessionRow } from './SessionRow';

type Props = {
  /** This topic's sessions in time order; null when no plan is saved yet. */
  sessions: readonly ScheduledSession[] | null;
  status: TopicStatus;
  /** The current minute (ms since the epoch). */
  now: number;
  /** Done (with the minutes spent) or Missed on a session; absent, the list only reads. */
  onLog?: ((session: ScheduledSession, outcome: SessionOutcome, minutes?: number) => void) | undefined;
  /** Time studied on the topic outside any session, ending now. */
  onLogTime?: ((minutes: number) => void) | undefined;
};

/** When the plan has this topic studied, part by part, what was logged, and logging more. */
export function TopicSessions({ sessions, status, now, onLog, onLogTime }: Props) {
  const next = sessions?.find((s) => !s.logged && Date.parse(s.start) > now);
  return (
    <section className="topic-panel__block" aria-label="Study sessions">
      <h3>Study sessions</h3>
      {sessions === null ? (
        <p className="topic-panel__empty">
          No plan yet. <a href="#plan">Set up your study week</a> and save it to see when to study this.
        </p>
      ) : sessions.length === 0 ? (
        <p className="topic-panel__empty">
          {status === 'done' || status === 'skipped'
            ? 'Nothing to plan: this topic is ' + status + '.'
            : 'Not planned.'}
        </p>
      ) : (
        <>
          {status !== 'done' && status !== 'skipped' && sessions.every((s) => s.logged === 'done') && (
            <p className="topic-panel__empty">
              All its estimated time is logged. Mark it Done when you have finished, or raise your estimate
              below to plan more.
            </p>
          )}
          <ol className="topic-sessions">
            {sessions.map((s) => (
              <SessionRow key={s.id} session={s} now={now} next={s === next} onLog={onLog} />
            ))}
          </ol>
        </>
      )}
      {sessions !== null && onLogTime && (
        <div className="topic-sessions__log-time">
          <p className="topic-sessions__log-time-label">Studied it outside a session? Log the time:</p>
          <MinutesForm label="Log time: minutes studied" initial="" clearAfter onLog={onLogTime} />
        </div>
      )}
    </section>
  );
}
