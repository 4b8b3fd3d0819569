import { useEffect, useRef } from 'react';
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
import type { LanePlacement, MinuteSpan } from '../../domain';
import type { ScheduleEntry } from './calendar-entry';
import { entryKey } from './calendar-entry';
import type { DayMark } from './calendar-marks';
import { clockText } from './calendar-marks';
import { CalendarEvent, EventText } from './CalendarEvent';
import type { BlockPlace } from './event-fit';
import { blockFit, HOUR_HEIGHT, minBlockHeight, placeBlocks, titleLinesNeeded } from './event-fit';
import { useElementWidth } from './useElementWidth';
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
  /** A day whose first session takes the focus (the month's "+N more" led here). */
  focusDay?: string | null | undefined;
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
  focusDay,
}: Props) {
  const days = weekDays(day);
  const spansByDay = new Map(days.map((d) => [d, (entriesByDay.get(d) ?? []).map(spanOf)]));
  const timedMarks = (d: string) => (marksByDay.get(d) ?? []).filter((m) => !m.allDay);
  const firstHours = visibleHours([...spansByDay.values(), ...days.map(timedMarks)].flat());
  // A day column's width decides how many lines a title needs, and so an event's least height.
  const { width, ref } = useElementWidth<HTMLOListElement>();
  const titleLines = titleLinesNeeded(width === null ? null : width / 7);
  const minHeight = minBlockHeight(titleLines);
  // Sessions, busy and reserve time share the column: placed together, none covers another.
  const placesByDay = new Map(
    days.map((d) => {
      const spans = [...timedMarks(d), ...spansByDay.get(d)!];
      const lanes = placeInLanes(spans);
      const places = placeBlocks(spans, lanes, firstHours.from, minHeight);
      return [d, places.map((place, i) => ({ ...place, ...lanes[i]! }))] as const;
    }),
  );
  // An event grown for its title may reach past the last hour: the grid grows with it.
  const lowest = Math.max(0, ...[...placesByDay.values()].flat().map((p) => p.top + p.height));
  const hours = {
    from: firstHours.from,
    to: Math.max(firstHours.to, Math.min(24, firstHours.from + Math.ceil((lowest + 1) / HOUR_HEIGHT))),
  };
  const hourList = Array.from({ length: hours.to - hours.from }, (_, i) => hours.from + i);

  // The "+N more" button that led here is gone: the focus goes on to what it stood for.
  const grid = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusDay) return;
    grid.current?.querySelector<HTMLElement>(`[data-date="${focusDay}"] .calendar-event`)?.focus();
  }, [focusDay]);

  return (
    <div ref={grid} className="week-grid" data-narrow={titleLines > 1 ? '' : undefined}>
      <div className="week-grid__gutter" aria-hidden="true">
        {hourList.map((hour) => (
          <span key={hour} className="week-grid__hour-label">
            {`${String(hour).padStart(2, '0')}:00`}
          </span>
        ))}
      </div>
      <ol ref={ref} className="week-grid__days" aria-labelledby={labelledBy}>
        {days.map((date, index) => {
          const entries = entriesByDay.get(date) ?? [];
          const marks = timedMarks(date);
          const places = placesByDay.get(date)!;
          const markPlaces = places.slice(0, marks.length);
          const entryPlaces = places.slice(marks.length);
          const dayOff = daysOff.has(date);
          const busyAllDay = (marksByDay.get(date) ?? []).find((m) => m.allDay);
          return (
            <li
              key={date}
              className="week-grid__day"
              data-date={date}
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
                    {marks.map((mark, i) => {
                      const place = markPlaces[i]!;
                      const fit = blockFit(place.height, titleLines);
                      return (
                        <li
                          key={`${mark.kind}:${mark.from}:${mark.to}`}
                          className="week-grid__mark"
                          data-kind={mark.kind}
                          data-layout={fit.layout}
                          aria-label={mark.label}
                          title={mark.summary ? `${mark.label}: ${mark.summary}` : mark.label}
                          style={placement(place)}
                        >
                          <span aria-hidden="true">
                            <EventText
                              title={markTitle(mark)}
                              time={fit.layout === 'stacked' ? markTimes(mark) : clockText(mark.from)}
                              fit={fit}
                            />
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                )}
                {entries.length === 0 ? (
                  <p className="visually-hidden">No sessions</p>
                ) : (
                  <ul className="week-grid__events">
                    {entries.map((entry, i) => {
                      const place = entryPlaces[i]!;
                      return (
                        <li key={entryKey(entry.session)}>
                          <CalendarEvent
                            entry={entry}
                            variant="block"
                            fit={blockFit(place.height, titleLines)}
                            expanded={selected === entryKey(entry.session)}
                            onSelect={onSelect}
                            style={placement(place)}
                          />
                        </li>
                      );
                    })}
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

function placement({ top, height, lane, lanes }: BlockPlace & LanePlacement): CSSProperties {
  return {
    top: `${top}px`,
    height: `${height}px`,
    left: `calc(${(lane / lanes) * 100}% + 2px)`,
    width: `calc(${100 / lanes}% - 4px)`,
  };
}

/** A busy stretch by its event's name (or just "Busy"), reserve time by its length. */
function markTitle(mark: DayMark): string {
  if (mark.kind === 'reserve') return mark.label;
  return mark.summary?.trim() || 'Busy';
}

function markTimes(mark: DayMark): string {
  return `${clockText(mark.from)}–${clockText(mark.to)}`;
}
