import { useId, useMemo, useState } from 'react';
import {
  addDays,
  addMonths,
  formatMonthTitle,
  formatWeekTitle,
  monthGrid,
  monthOf,
  weekDays,
} from '../../domain';
import type { CalendarEntry } from './calendar-entry';
import { MonthGrid } from './MonthGrid';
import { WeekGrid } from './WeekGrid';
import './schedule-calendar.css';

type Mode = 'month' | 'week';

type Props = {
  /** In time order. */
  entries: readonly CalendarEntry[];
  /** `YYYY-MM-DD` in the plan's zone. */
  today: string;
  /** Blackout dates: shown shaded with "Day off". */
  daysOff: ReadonlySet<string>;
  onOpenTopic: (topicId: string) => void;
};

/** The plan's sessions on a month or week calendar; clicking a session opens its topic. */
export function ScheduleCalendar({ entries, today, daysOff, onOpenTopic }: Props) {
  const [mode, setMode] = useState<Mode>('month');
  const [cursor, setCursor] = useState(today);
  const titleId = useId();

  const entriesByDay = useMemo(() => {
    const byDay = new Map<string, CalendarEntry[]>();
    for (const entry of entries) {
      const list = byDay.get(entry.session.date);
      if (list) list.push(entry);
      else byDay.set(entry.session.date, [entry]);
    }
    return byDay;
  }, [entries]);

  const month = monthOf(cursor);
  const shownDays =
    mode === 'month'
      ? monthGrid(month)
          .flat()
          .map((d) => d.date)
      : weekDays(cursor);
  const shownCount = shownDays.reduce((sum, day) => sum + (entriesByDay.get(day)?.length ?? 0), 0);
  const unit = mode === 'month' ? 'month' : 'week';
  const step = (direction: 1 | -1) =>
    setCursor((day) => (mode === 'month' ? addMonths(day, direction) : addDays(day, 7 * direction)));
  const showWeek = (day: string) => {
    setMode('week');
    setCursor(day);
  };

  return (
    <section className="schedule-calendar" aria-labelledby={titleId}>
      <div className="schedule-calendar__toolbar">
        <button type="button" className="button" onClick={() => setCursor(today)}>
          Today
        </button>
        <div className="schedule-calendar__steps">
          <button
            type="button"
            className="icon-button"
            aria-label={`Previous ${unit}`}
            onClick={() => step(-1)}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M10 3.5L5.5 8l4.5 4.5" />
            </svg>
          </button>
          <button type="button" className="icon-button" aria-label={`Next ${unit}`} onClick={() => step(1)}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M6 3.5L10.5 8 6 12.5" />
            </svg>
          </button>
        </div>
        <h3 id={titleId} className="schedule-calendar__title" aria-live="polite">
          {mode === 'month' ? formatMonthTitle(month) : formatWeekTitle(cursor)}
        </h3>
        <div className="schedule-calendar__modes" role="group" aria-label="Calendar view">
          {(['month', 'week'] as const).map((choice) => (
            <button
              key={choice}
              type="button"
              className="schedule-calendar__mode"
              aria-pressed={mode === choice}
              onClick={() => setMode(choice)}
            >
              {choice === 'month' ? 'Month' : 'Week'}
            </button>
          ))}
        </div>
      </div>
      {shownCount === 0 && (
        <p className="schedule-calendar__empty">
          No sessions this {unit}.
          {entries.length > 0 && ' Use Previous and Next to find your planned sessions.'}
        </p>
      )}
      {mode === 'month' ? (
        <MonthGrid
          month={month}
          today={today}
          entriesByDay={entriesByDay}
          daysOff={daysOff}
          labelledBy={titleId}
          onOpenTopic={onOpenTopic}
          onShowWeek={showWeek}
        />
      ) : (
        <WeekGrid
          day={cursor}
          today={today}
          entriesByDay={entriesByDay}
          daysOff={daysOff}
          labelledBy={titleId}
          onOpenTopic={onOpenTopic}
        />
      )}
    </section>
  );
}
