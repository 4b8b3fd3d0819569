import { useEffect, useRef, useState } from 'react';
import { addDays, formatLongDay, sessionClockSpan, startOfWeek } from '../../domain';
import type { ScheduledSession, SessionOutcome, TopicId } from '../../domain';
import { AgendaRow } from './AgendaRow';
import { byStart, entryKey } from './calendar-entry';
import type { ReviewEntry } from './calendar-entry';
import type { AgendaEntry } from './AgendaRow';
import { ReviewRow } from './ReviewRow';
import { formatWeekdayDay } from './schedule-words';
import './agenda.css';

type Props = {
  /** Every session with what happened to it, in time order. */
  followed: readonly AgendaEntry[];
  /** Review days, in time order: today's and the rest of the week's show among the sessions. */
  reviews?: readonly ReviewEntry[];
  today: string;
  onOpenTopic: (topicId: TopicId) => void;
  onLog: (session: ScheduledSession, outcome: SessionOutcome) => void;
};

/**
 * This week: the earlier sessions still waiting for a word, this week's logged ones (done or
 * missed, on their day), today's and the rest of the week's, with Done and Missed where the
 * time has come; the review days of today and the rest of the week among them.
 */
export function AgendaList({ followed, reviews = [], today, onOpenTopic, onLog }: Props) {
  const weekStart = startOfWeek(today);
  const weekEnd = addDays(weekStart, 6);
  // Rows logged here stay in sight (under "Earlier, logged"), even from an earlier week.
  const [loggedHere, setLoggedHere] = useState<ReadonlySet<string>>(new Set());
  const focusAfterLog = useRef<string | null>(null);
  const list = useRef<HTMLDivElement>(null);

  const waiting = followed.filter((f) => f.state === 'overdue' && f.session.date < today);
  const logged = followed.filter(
    (f) =>
      f.session.date < today &&
      f.state !== 'overdue' &&
      (f.session.date >= weekStart || loggedHere.has(entryKey(f.session))),
  );
  // A review day is rated in the review view, not logged here: past ones are gone from the plan.
  const todays = byStart([...followed, ...reviews].filter((f) => f.session.date === today));
  const week = byStart(
    [...followed, ...reviews].filter((f) => f.session.date > today && f.session.date <= weekEnd),
  );
  const next = followed.find((f) => f.session.date > weekEnd);

  // A logged row may move to another group: the focus follows it there.
  useEffect(() => {
    const key = focusAfterLog.current;
    if (key === null) return;
    const row = [...(list.current?.querySelectorAll<HTMLElement>('[data-session]') ?? [])].find(
      (el) => el.dataset['session'] === key,
    );
    if (row && row !== document.activeElement) row.focus();
  }, [followed]);

  const log = (session: ScheduledSession, outcome: SessionOutcome) => {
    const key = entryKey(session);
    focusAfterLog.current = key;
    setLoggedHere((keys) => new Set(keys).add(key));
    onLog(session, outcome);
  };
  const group = { onOpenTopic, onLog: log };
  return (
    <div className="agenda" ref={list}>
      {waiting.length > 0 && <AgendaGroup title="Earlier, not logged" rows={waiting} withDay {...group} />}
      {logged.length > 0 && <AgendaGroup title="Earlier, logged" rows={logged} withDay {...group} />}
      <AgendaGroup
        title={`Today · ${formatWeekdayDay(today)}`}
        rows={todays}
        empty="Nothing planned today."
        {...group}
      />
      <AgendaGroup
        title="Later this week"
        rows={week}
        empty={today === weekEnd ? undefined : 'Nothing more this week.'}
        withDay
        {...group}
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
  rows: readonly (AgendaEntry | ReviewEntry)[];
  empty?: string | undefined;
  withDay?: boolean;
  onOpenTopic: (topicId: TopicId) => void;
  onLog: (session: ScheduledSession, outcome: SessionOutcome) => void;
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
          {rows.map((row) =>
            row.kind === 'review' ? (
              <ReviewRow
                key={entryKey(row.session)}
                rowKey={entryKey(row.session)}
                entry={row}
                withDay={withDay}
              />
            ) : (
              <AgendaRow
                key={entryKey(row.session)}
                rowKey={entryKey(row.session)}
                entry={row}
                withDay={withDay}
                onOpenTopic={onOpenTopic}
                onLog={onLog}
              />
            ),
          )}
        </ul>
      )}
    </section>
  );
}
