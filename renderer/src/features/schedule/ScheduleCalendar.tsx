import { useCallback, useId, useMemo, useState } from 'react';
import {
  addDays,
  addMonths,
  formatMonthTitle,
  formatWeekTitle,
  monthGrid,
  monthOf,
  weekDays,
} from '../../domain';
import type { ScheduledSession, SessionOutcome } from '../../domain';
import type { ScheduleEntry } from './calendar-entry';
import { entryKey } from './calendar-entry';
import { busyByDay, reserveByDay } from './calendar-marks';
import type { BusyInterval, DayMark, ReserveBlock } from './calendar-marks';
import { MonthGrid } from './MonthGrid';
import { SessionPopover } from './SessionPopover';
import { WeekGrid } from './WeekGrid';
import './schedule-calendar.css';

type Mode = 'month' | 'week';

const NONE: readonly never[] = [];

type Props = {
  /** In time order. */
  entries: readonly ScheduleEntry[];
  /** `YYYY-MM-DD` in the plan's zone. */
  today: string;
  /** Blackout dates: shown shaded with "Day off". */
  daysOff: ReadonlySet<string>;
  /** The plan's zone, which busy time is read in; this computer's when absent. */
  timeZone?: string | undefined;
  /** Time the user's own calendars hold: grey "Busy" blocks. */
  busy?: readonly BusyInterval[] | undefined;
  /** Catch-up time the plan keeps free: hatched "Reserve" blocks. */
  reserve?: readonly ReserveBlock[] | undefined;
  onOpenTopic: (topicId: string) => void;
  /** Done and Missed from a session's details; without it they only open the topic. */
  onLog?: ((session: ScheduledSession, outcome: SessionOutcome) => void) | undefined;
};

/** Month or week as the user last chose, kept while the app is open (leaving the tab unmounts the view). */
let lastMode: Mode = 'month';

/**
 * The plan's sessions on a month or week calendar, with busy and reserve time; clicking a
 * session shows its details, with Done, Missed and Open topic.
 */
export function ScheduleCalendar({
  entries,
  today,
  daysOff,
  timeZone,
  busy = NONE,
  reserve = NONE,
  onOpenTopic,
  onLog,
}: Props) {
  const [mode, setMode] = useState<Mode>(() => lastMode);
  const [cursor, setCursor] = useState(today);
  const [selected, setSelected] = useState<{ key: string; anchor: HTMLElement } | null>(null);
  // The day whose "+N more" opened the week: its first session takes the focus there.
  const [focusDay, setFocusDay] = useState<string | null>(null);
  const titleId = useId();

  const entriesByDay = useMemo(() => {
    const byDay = new Map<string, ScheduleEntry[]>();
    for (const entry of entries) {
      const list = byDay.get(entry.session.date);
      if (list) list.push(entry);
      else byDay.set(entry.session.date, [entry]);
    }
    return byDay;
  }, [entries]);
  const marksByDay = useMemo(() => {
    const byDay = new Map<string, DayMark[]>(busyByDay(busy, timeZone));
    for (const [day, marks] of reserveByDay(reserve)) {
      byDay.set(
        day,
        [...(byDay.get(day) ?? []), ...marks].sort((a, b) => a.from - b.from),
      );
    }
    return byDay;
  }, [busy, reserve, timeZone]);

  const close = useCallback(() => setSelected(null), []);
  const select = useCallback((entry: ScheduleEntry, anchor: HTMLElement) => {
    const key = entryKey(entry.session);
    setSelected((open) => (open?.key === key ? null : { key, anchor }));
  }, []);
  // The entry is looked up afresh, so its details show what logging it changed.
  const selectedEntry = selected && entries.find((e) => entryKey(e.session) === selected.key);

  const month = monthOf(cursor);
  const shownDays =
    mode === 'month'
      ? monthGrid(month)
          .flat()
          .map((d) => d.date)
      : weekDays(cursor);
  const shownCount = shownDays.reduce((sum, day) => sum + (entriesByDay.get(day)?.length ?? 0), 0);
  const unit = mode === 'month' ? 'month' : 'week';
  const step = (direction: 1 | -1) => {
    setSelected(null);
    setCursor((day) => (mode === 'month' ? addMonths(day, direction) : addDays(day, 7 * direction)));
  };
  const show = (nextMode: Mode, day: string) => {
    setSelected(null);
    setFocusDay(null);
    setMode(nextMode);
    lastMode = nextMode;
    setCursor(day);
  };

  return (
    <section className="schedule-calendar" aria-labelledby={titleId}>
      <div className="schedule-calendar__toolbar">
        <button type="button" className="button" onClick={() => show(mode, today)}>
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
              onClick={() => show(choice, cursor)}
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
          marksByDay={marksByDay}
          daysOff={daysOff}
          labelledBy={titleId}
          selected={selected?.key ?? null}
          onSelect={select}
          onShowWeek={(day) => {
            show('week', day);
            setFocusDay(day);
          }}
        />
      ) : (
        <WeekGrid
          day={cursor}
          today={today}
          entriesByDay={entriesByDay}
          marksByDay={marksByDay}
          daysOff={daysOff}
          labelledBy={titleId}
          selected={selected?.key ?? null}
          onSelect={select}
          focusDay={focusDay}
        />
      )}
      {selected && selectedEntry && (
        <SessionPopover
          entry={selectedEntry}
          anchor={selected.anchor}
          onOpenTopic={onOpenTopic}
          onLog={onLog}
          onClose={close}
        />
      )}
    </section>
  );
}
