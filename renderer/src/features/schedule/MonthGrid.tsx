import { dayOfMonth, formatLongDay, monthGrid, WEEKDAY_SHORT } from '../../domain';
import type { ScheduleEntry } from './calendar-entry';
import { entryKey } from './calendar-entry';
import type { DayMark } from './calendar-marks';
import { CalendarEvent } from './CalendarEvent';
import { DayMarks } from './DayMarks';
import { cellEntries } from './event-fit';
import './month-grid.css';

/** How many lines of sessions a month cell holds, "+N more" counting as one. */
const LINES_PER_DAY = 3;

const WEEKDAY_LONG = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Props = {
  /** `YYYY-MM` */
  month: string;
  today: string;
  entriesByDay: ReadonlyMap<string, readonly ScheduleEntry[]>;
  /** Busy and reserve time: a line each under the day's sessions. */
  marksByDay: ReadonlyMap<string, readonly DayMark[]>;
  daysOff: ReadonlySet<string>;
  labelledBy: string;
  /** The session whose details are open. */
  selected: string | null;
  onSelect: (entry: ScheduleEntry, element: HTMLElement) => void;
  onShowWeek: (day: string) => void;
};

/** A month as the familiar grid: Monday to Sunday, a row per week, sessions in their days. */
export function MonthGrid({
  month,
  today,
  entriesByDay,
  marksByDay,
  daysOff,
  labelledBy,
  selected,
  onSelect,
  onShowWeek,
}: Props) {
  return (
    <table className="month-grid" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          {WEEKDAY_SHORT.map((name, i) => (
            <th key={name} scope="col" abbr={WEEKDAY_LONG[i]}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthGrid(month).map((week) => (
          <tr key={week[0]!.date}>
            {week.map(({ date, inMonth }) => {
              const { shown, more } = cellEntries(entriesByDay.get(date) ?? [], LINES_PER_DAY);
              const dayOff = daysOff.has(date);
              const marks = marksByDay.get(date) ?? [];
              return (
                <td
                  key={date}
                  className="month-grid__day"
                  data-outside={inMonth ? undefined : ''}
                  data-day-off={dayOff ? '' : undefined}
                  aria-current={date === today ? 'date' : undefined}
                >
                  <div className="month-grid__cell">
                    <div className="month-grid__head">
                      <span className="month-grid__number" aria-hidden="true">
                        {dayOfMonth(date)}
                      </span>
                      <span className="visually-hidden">{formatLongDay(date)}</span>
                      {date === today && <span className="month-grid__today">Today</span>}
                      {dayOff && <span className="month-grid__off">Day off</span>}
                    </div>
                    {shown.length > 0 && (
                      <ul className="month-grid__events">
                        {shown.map((entry) => {
                          const key = entryKey(entry.session);
                          return (
                            <li key={key}>
                              <CalendarEvent
                                entry={entry}
                                variant="chip"
                                expanded={selected === key}
                                onSelect={onSelect}
                              />
                            </li>
                          );
                        })}
                      </ul>
                    )}
                    {more > 0 && (
                      <button
                        type="button"
                        className="month-grid__more"
                        aria-label={`+${more} more on ${formatLongDay(date)}, show the week`}
                        title={`${more} more: show the week`}
                        onClick={() => onShowWeek(date)}
                      >
                        +{more} more
                      </button>
                    )}
                    {marks.length > 0 && <DayMarks marks={marks} />}
                  </div>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
