import { formatHours, formatShortDay, formatWeekTitle, minutesToHours } from '../../domain';
import type { WeekHours } from '../../domain/study-stats';

type Props = { weeks: readonly WeekHours[] };

const hours = (minutes: number) => formatHours(minutesToHours(minutes));

/**
 * Planned against done hours per week, a pair of bars each; the bars are drawn for the eye
 * and a table (hidden from view) gives screen readers the same figures.
 */
export function WeeklyHours({ weeks }: Props) {
  const most = Math.max(60, ...weeks.flatMap((w) => [w.plannedMinutes, w.doneMinutes]));
  const height = (minutes: number) => `${(minutes / most) * 100}%`;
  return (
    <figure className="weekly-hours">
      <div className="weekly-hours__legend" aria-hidden="true">
        <span className="weekly-hours__key weekly-hours__key--planned" />
        Planned
        <span className="weekly-hours__key weekly-hours__key--done" />
        Done
        <span className="weekly-hours__scale">Tallest bar: {hours(most)}</span>
      </div>
      <div className="weekly-hours__chart" aria-hidden="true">
        {weeks.map((week) => (
          <div
            key={week.start}
            className="weekly-hours__week"
            title={`Week of ${formatShortDay(week.start)}: ${hours(week.plannedMinutes)} planned, ${hours(week.doneMinutes)} done`}
          >
            <div className="weekly-hours__bars">
              <span
                className="weekly-hours__bar weekly-hours__bar--planned"
                data-empty={week.plannedMinutes === 0 || undefined}
                style={{ height: height(week.plannedMinutes) }}
              />
              <span
                className="weekly-hours__bar weekly-hours__bar--done"
                data-empty={week.doneMinutes === 0 || undefined}
                style={{ height: height(week.doneMinutes) }}
              />
            </div>
            <span className="weekly-hours__label">{formatShortDay(week.start)}</span>
          </div>
        ))}
      </div>
      <table className="visually-hidden">
        <caption>Planned and done hours per week</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Planned</th>
            <th scope="col">Done</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.start}>
              <th scope="row">{formatWeekTitle(week.start)}</th>
              <td>{hours(week.plannedMinutes)}</td>
              <td>{hours(week.doneMinutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
