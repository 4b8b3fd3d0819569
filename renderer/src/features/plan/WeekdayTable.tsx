import { useId } from 'react';
import { formatMinutes, WEEKDAYS } from '../../domain';
import type { Weekday } from '../../domain';
import { MAX_DAY_MINUTES } from '../../domain/plan';
import { FieldError } from './FieldError';
import { fieldAria } from './field-aria';
import { WEEKDAY_NAMES, weeklyMinutes } from './plan-draft';
import './plan-fields.css';

type Props = {
  minutes: Record<Weekday, string>;
  sessionStart: Record<Weekday, string>;
  problems: ReadonlyMap<string, string>;
  onMinutes: (day: Weekday, text: string) => void;
  onStart: (day: Weekday, time: string) => void;
};

/** Minutes and first-session start time for each weekday, Monday first, with the week's total. */
export function WeekdayTable({ minutes, sessionStart, problems, onMinutes, onStart }: Props) {
  const id = useId();
  const total = weeklyMinutes(minutes);
  return (
    <table className="plan-week">
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Minutes</th>
          <th scope="col">Start</th>
        </tr>
      </thead>
      <tbody>
        {WEEKDAYS.map((day) => {
          const name = WEEKDAY_NAMES[day];
          const minutesProblem = problems.get(`availability.${day}`);
          const startProblem = problems.get(`sessionStart.${day}`);
          return (
            <tr key={day}>
              <th scope="row">{name}</th>
              <td>
                <input
                  className="plan-input plan-input--number"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={MAX_DAY_MINUTES}
                  step={15}
                  aria-label={`Minutes on ${name}`}
                  value={minutes[day]}
                  onChange={(event) => onMinutes(day, event.target.value)}
                  {...fieldAria(`${id}-${day}-minutes`, minutesProblem)}
                />
                <FieldError id={`${id}-${day}-minutes`} problem={minutesProblem} />
              </td>
              <td>
                <input
                  className="plan-input"
                  type="time"
                  aria-label={`Start time on ${name}`}
                  value={sessionStart[day]}
                  onChange={(event) => onStart(day, event.target.value)}
                  {...fieldAria(`${id}-${day}-start`, startProblem)}
                />
                <FieldError id={`${id}-${day}-start`} problem={startProblem} />
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Per week</th>
          <td colSpan={2}>{total === null ? '—' : formatMinutes(total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
