import { formatShortDay, sessionClockSpan } from '../../domain';
import type { ScheduledSession, TopicId } from '../../domain';
import type { ExportCount } from './export-count';
import { formatExportCount } from './export-count';

const PREVIEWED = 5;

type Props = {
  /** What the file will hold, as the result will say it. */
  count: ExportCount;
  /** The sessions the file will hold, in time order. */
  sessions: readonly ScheduledSession[];
  /** The roadmap's short name, which starts every event's title. */
  prefix: string;
  title: (topicId: TopicId) => string;
};

/** What the export holds (study sessions, milestone events) and its first sessions, as the calendar will show them. */
export function ExportPreview({ count, sessions, prefix, title }: Props) {
  return (
    <section className="export-dialog__preview" aria-label="Preview">
      <h3>
        {formatExportCount(count)}
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
