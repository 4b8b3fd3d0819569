import { formatShortDay, sessionClockSpan } from '../../domain';
import type { ScheduledSession, TopicId } from '../../domain';

const PREVIEWED = 5;

type Props = {
  /** The sessions the file will hold, in time order. */
  sessions: readonly ScheduledSession[];
  /** The roadmap's short name, which starts every event's title. */
  prefix: string;
  title: (topicId: TopicId) => string;
};

/** How many sessions the export holds and the first few, as the calendar will show them. */
export function ExportPreview({ sessions, prefix, title }: Props) {
  return (
    <section className="export-dialog__preview" aria-label="Preview">
      <h3>
        {sessions.length} session{sessions.length === 1 ? '' : 's'}
        {sessions.length > 0 ? ', starting with' : ''}
      </h3>
      {sessions.length === 0 ? (
        <p className="export-dialog__empty">No sessions in this range.</p>
      ) : (
        <ul>
          {sessions.slice(0, PREVIEWED).map((s) => (
            <li key={s.id}>
              <span className="export-dialog__when">
                {formatShortDay(s.date)} {sessionClockSpan(s)}
              </span>{' '}
              {prefix} · {title(s.topicId)}
              {s.parts > 1 ? ` (${s.part}/${s.parts})` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
