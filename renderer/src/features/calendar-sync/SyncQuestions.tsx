import { formatWeekdayDay, isoInTimeZone } from '../../domain';
import type { Roadmap, TopicId } from '../../domain';
import { answerDeletedSession, unpinSession, useActionChannel } from '../../storage';
import type { CalendarSyncState, DeletedSession } from '../../storage';
import { PinIcon } from '../../ui';

type Props = {
  roadmap: Roadmap;
  state: CalendarSyncState;
  timeZone: string;
  /** Takes `minutes` off a topic's work (its estimate): the user dropped that part. */
  onDropWork: (topicId: TopicId, minutes: number) => void;
};

/** Sessions the user moved (pinned, with Unpin) and deleted (asking what to do) in the calendar. */
export function SyncQuestions({ roadmap, state, timeZone, onDropWork }: Props) {
  const channel = useActionChannel();
  const title = (topicId: string) => roadmap.topicsById.get(topicId)?.title ?? topicId;
  // Stored in UTC: shown on the plan zone's clock, as the schedule shows sessions.
  const when = (span: { start: string }) => {
    const start = isoInTimeZone(Date.parse(span.start), timeZone);
    return `${formatWeekdayDay(start.slice(0, 10))} ${start.slice(11, 16)}`;
  };
  const answer = (d: DeletedSession, drop: boolean) => {
    if (drop) onDropWork(d.topicId, d.minutes);
    const text = drop
      ? `Dropped ${d.minutes} min of “${title(d.topicId)}”.`
      : `“${title(d.topicId)}” is planned again.`;
    void channel.run(answerDeletedSession(roadmap.id, d.uid, text));
  };

  return (
    <>
      {state.deleted.length > 0 && (
        <section className="calendar-sync__questions" aria-label="Deleted in your calendar">
          <h4>Deleted in your calendar</h4>
          <ul className="calendar-sync__list">
            {state.deleted.map((d) => (
              <li key={d.uid} className="calendar-sync__item">
                <span>
                  “{title(d.topicId)}”, {when(d)} ({d.minutes} min)
                </span>
                <span className="calendar-sync__buttons">
                  <button type="button" className="button" onClick={() => answer(d, true)}>
                    Drop this session
                  </button>
                  <button type="button" className="button" onClick={() => answer(d, false)}>
                    Plan it again
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {state.pins.length > 0 && (
        <section aria-label="Moved in your calendar">
          <h4>Moved in your calendar</h4>
          <ul className="calendar-sync__list">
            {state.pins.map((pin) => (
              <li key={pin.id} className="calendar-sync__item">
                <span>
                  <span role="img" aria-label="Pinned">
                    <PinIcon />
                  </span>{' '}
                  “{title(pin.topicId)}”, {when(pin)}
                </span>
                <button
                  type="button"
                  className="button"
                  onClick={() => void channel.run(unpinSession(roadmap.id, pin.id, title(pin.topicId)))}
                >
                  Unpin
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
