import type { CSSProperties } from 'react';
import {
  clockToMinutes,
  dayOfMonth,
  formatLongDay,
  placeInLanes,
  sessionClock,
  visibleHours,
  WEEKDAY_SHORT,
  weekDays,
} from '../../domain';
import type { MinuteSpan } from '../../domain';
import type { ScheduleEntry } from './calendar-entry';
import { entryKey } from './calendar-entry';
import type { DayMark } from './calendar-marks';
import { CalendarEvent } from './CalendarEvent';
import './week-grid.css';

const DAY_MINUTES = 24 * 60;

type Props = {
  /** Any day of the week shown. */
  day: string;
  today: string;
  entriesByDay: ReadonlyMap<string, readonly ScheduleEntry[]>;
  /** Busy and reserve time, drawn behind the sessions. */
  marksByDay: ReadonlyMap<string, readonly DayMark[]>;
  daysOff: ReadonlySet<string>;
  labelledBy: string;
  /** The session whose details are open. */
  selected: string | null;
  onSelect: (entry: ScheduleEntry, element: HTMLElement) => void;
};

/** A week as a time grid: hours down the side, a column per day, sessions at their wall-clock times. */
export function WeekGrid({
  day,
  today,
  entriesByDay,
  marksByDay,
  daysOff,
  labelledBy,
  selected,
  onSelect,
}: Props) {
  const days = weekDays(day);
  const spansByDay = new Map(days.map((d) => [d, (entriesByDay.get(d) ?? []).map(spanOf)]));
  const timedMarks = (d: string) => (marksByDay.get(d) ?? []).filter((m) => !m.allDay);
  const hours = visibleHours([...spansByDay.values(), ...days.map(timedMarks)].flat());
  const hourList = Array.from({ length: hours.to - hours.from }, (_, i) => hours.from + i);

  return (
    <div className="week-grid">
      <div className="week-grid__gutter" aria-hidden="true">
        {hourList.map((hour) => (
          <span key={hour} className="week-grid__hour-label">
            {`${String(hour).padStart(2, '0')}:00`}
          </span>
        ))}
      </div>
      <ol className="week-grid__days" aria-labelledby={labelledBy}>
        {days.map((date, index) => {
          const entries = entriesByDay.get(date) ?? [];
          const spans = spansByDay.get(date)!;
          const lanes = placeInLanes(spans);
          const dayOff = daysOff.has(date);
          const marks = timedMarks(date);
          const busyAllDay = (marksByDay.get(date) ?? []).find((m) => m.allDay);
          return (
            <li
              key={date}
              className="week-grid__day"
              data-day-off={dayOff ? '' : undefined}
              data-busy-all-day={busyAllDay ? '' : undefined}
              aria-current={date === today ? 'date' : undefined}
            >
              <h4 className="week-grid__head">
                <span className="week-grid__weekday" aria-hidden="true">
                  {WEEKDAY_SHORT[index]}
                </span>
                <span className="week-grid__number" aria-hidden="true">
                  {dayOfMonth(date)}
                </span>
                <span className="visually-hidden">
                  {formatLongDay(date)}
                  {date === today ? ', today' : ''}
                </span>
                {dayOff && <span className="week-grid__off">Day off</span>}
                {busyAllDay && (
                  <span className="week-grid__off" title={busyAllDay.summary}>
                    {busyAllDay.label}
                  </span>
                )}
              </h4>
              <div className="week-grid__column">
                {hourList.map((hour) => (
                  <div key={hour} className="week-grid__slot" aria-hidden="true" />
                ))}
                {marks.length > 0 && (
                  <ul className="week-grid__marks">
                    {marks.map((mark) => (
                      <li
                        key={`${mark.kind}:${mark.from}:${mark.to}`}
                        className="week-grid__mark"
                        data-kind={mark.kind}
                        aria-label={mark.label}
                        title={mark.summary ? `${mark.label}: ${mark.summary}` : mark.label}
                        style={placement(mark, { lane: 0, lanes: 1 }, hours)}
                      >
                        <span aria-hidden="true">{mark.label}</span>
                      </li>
                    ))}
                  </ul>
                )}
                {entries.length === 0 ? (
                  <p className="visually-hidden">No sessions</p>
                ) : (
                  <ul className="week-grid__events">
                    {entries.map((entry, i) => (
                      <li key={entryKey(entry.session)}>
                        <CalendarEvent
                          entry={entry}
                          variant="block"
                          expanded={selected === entryKey(entry.session)}
                          onSelect={onSelect}
                          style={placement(spans[i]!, lanes[i]!, hours)}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

// The scheduler writes wall-clock times in the plan's zone; the length comes from the real
// minutes, so a session across a DST change keeps its true size. Past midnight it is cut off.
function spanOf({ session }: ScheduleEntry): MinuteSpan {
  const from = clockToMinutes(sessionClock(session));
  return { from, to: Math.min(from + session.minutes, DAY_MINUTES) };
}

function placement(
  span: MinuteSpan,
  lane: { lane: number; lanes: number },
  hours: MinuteSpan,
): CSSProperties {
  const total = (hours.to - hours.from) * 60;
  const percent = (minutes: number) => `${(minutes / total) * 100}%`;
  return {
    top: percent(span.from - hours.from * 60),
    height: percent(span.to - span.from),
    left: `calc(${(lane.lane / lane.lanes) * 100}% + 2px)`,
    width: `calc(${100 / lane.lanes}% - 4px)`,
  };
}
