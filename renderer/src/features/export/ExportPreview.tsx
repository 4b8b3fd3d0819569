import { formatDayTime, reviewSessionTitle, sessionClockSpan } from '../../domain';
import type { ReviewSession, ScheduledSession, TopicId } from '../../domain';
import type { ExportCount } from './export-count';
import { formatExportCount } from './export-count';

const PREVIEWED = 5;

type Props = {
  /** What the file will hold, as the result will say it. */
  count: ExportCount;
  /** The sessions the file will hold, in time order. */
  sessions: readonly ScheduledSession[];
  /** The review days the file will hold, in time order. */
  reviews?: readonly ReviewSession[];
  /** The roadmap's short name, which starts every event's title. */
  prefix: string;
  title: (topicId: TopicId) => string;
};

/**
 * What the export holds (study sessions, review days, milestone events) and its first events,
 * as the calendar will show them.
 */
export function ExportPreview({ count, sessions, reviews = [], prefix, title }: Props) {
  const first = [
    ...sessions.map((s) => ({
      key: s.id,
      at: Date.parse(s.start),
      slot: s,
      text: `${title(s.topicId)}${s.parts > 1 ? ` (${s.part}/${s.parts})` : ''}`,
    })),
    ...reviews.map((r) => ({ key: r.id, at: Date.parse(r.start), slot: r, text: reviewSessionTitle(r) })),
  ]
    .sort((a, b) => a.at - b.at)
    .slice(0, PREVIEWED);
  return (
    <section className="export-dialog__preview" aria-label="Preview">
      <h3>
        {formatExportCount(count)}
        {first.length > 0 ? ', starting with' : ''}
      </h3>
      {first.length === 0 ? (
        <p className="export-dialog__empty">No sessions in this range.</p>
      ) : (
        <ul>
          {first.map(({ key, slot, text }) => (
            <li key={key}>
              <span className="export-dialog__when">{formatDayTime(slot.date, sessionClockSpan(slot))}</span>{' '}
              {prefix} · {text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
