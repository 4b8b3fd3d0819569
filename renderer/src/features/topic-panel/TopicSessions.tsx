import { formatShortDay, sessionClockSpan } from '../../domain';
import type { ScheduledSession, TopicStatus } from '../../domain';

type Props = {
  /** This topic's sessions in time order; null when no plan is saved yet. */
  sessions: readonly ScheduledSession[] | null;
  status: TopicStatus;
};

/** When the plan has this topic studied, part by part, and what was logged. */
export function TopicSessions({ sessions, status }: Props) {
  return (
    <section className="topic-panel__block" aria-label="Study sessions">
      <h3>Study sessions</h3>
      {sessions === null ? (
        <p className="topic-panel__empty">
          No plan yet. <a href="#plan">Set your weekly study time</a> to see when to study this.
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
              <li key={s.id} data-outcome={s.logged}>
                <span className="topic-sessions__when">
                  {formatShortDay(s.date)} · {sessionClockSpan(s)}
                </span>
                <span className="topic-sessions__what">
                  Part {s.part} of {s.parts} · {s.minutes} min
                  {s.logged === 'done' ? ' · ✓ done' : s.logged === 'missed' ? ' · missed' : ''}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
