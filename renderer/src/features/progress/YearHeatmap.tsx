import { dayOfMonth, formatLongDay, formatMinutes, formatShortMonth, monthOf } from '../../domain';
import { HEAT_LEVEL_MINUTES } from '../../domain/study-stats';
import type { HeatLevel, YearHeatmap as Heatmap } from '../../domain/study-stats';

type Props = { heatmap: Heatmap; today: string };

const CELL = 12;
const GAP = 3;
const STEP = CELL + GAP;
const LEFT = 30;
const TOP = 18;
// Every other weekday is named, as a wall calendar's margin would.
const ROW_LABELS = [
  [0, 'Mon'],
  [2, 'Wed'],
  [4, 'Fri'],
] as const;

const [, two, three, four] = HEAT_LEVEL_MINUTES;
/** What each colour means, in words. */
const LEVELS = [
  [0, 'No study'],
  [1, `Under ${formatMinutes(two)}`],
  [2, `${formatMinutes(two)} to ${formatMinutes(three)}`],
  [3, `${formatMinutes(three)} to ${formatMinutes(four)}`],
  [4, `${formatMinutes(four)} or more`],
] as const satisfies readonly (readonly [HeatLevel, string])[];

/**
 * A year of study days, a column per week (Monday at the top), coloured by the minutes
 * studied and reviewed; every day is named with its minutes for screen readers and on hover.
 */
export function YearHeatmap({ heatmap, today }: Props) {
  const { weeks } = heatmap;
  const width = LEFT + weeks.length * STEP;
  const height = TOP + 7 * STEP;
  // A month is named above the week holding its first day.
  const months = weeks.flatMap((week, column) => {
    const first = week.find((day) => dayOfMonth(day.date) === 1);
    return first && column < weeks.length - 1 ? [{ column, month: monthOf(first.date) }] : [];
  });
  return (
    <figure className="heatmap">
      <div className="heatmap__scroll">
        <svg
          className="heatmap__grid"
          role="group"
          aria-label="Minutes studied each day, the last 53 weeks"
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
        >
          {months.map(({ column, month }) => (
            <text key={month} className="heatmap__axis" x={LEFT + column * STEP} y={11} aria-hidden="true">
              {formatShortMonth(month, month.endsWith('-01'))}
            </text>
          ))}
          {ROW_LABELS.map(([row, label]) => (
            <text
              key={label}
              className="heatmap__axis"
              x={0}
              y={TOP + row * STEP + CELL - 2}
              aria-hidden="true"
            >
              {label}
            </text>
          ))}
          {weeks.map((week, column) =>
            week.map((day, row) => {
              const label = `${formatLongDay(day.date)}: ${day.minutes > 0 ? formatMinutes(day.minutes) : 'no study'}`;
              return (
                <rect
                  key={day.date}
                  className="heatmap__day"
                  data-level={day.level}
                  data-today={day.date === today || undefined}
                  x={LEFT + column * STEP}
                  y={TOP + row * STEP}
                  width={CELL}
                  height={CELL}
                  rx={2}
                  role="img"
                  aria-label={label}
                >
                  <title>{label}</title>
                </rect>
              );
            }),
          )}
        </svg>
      </div>
      <figcaption className="heatmap__caption">
        <span>
          {heatmap.studyDays === 0
            ? 'No study logged in the last year yet.'
            : `${formatMinutes(heatmap.totalMinutes)} over ${heatmap.studyDays} ${heatmap.studyDays === 1 ? 'day' : 'days'} in the last year.`}
        </span>
        <ul className="heatmap__legend" aria-label="Colours">
          {LEVELS.map(([level, text]) => (
            <li key={level}>
              <svg width={CELL} height={CELL} aria-hidden="true">
                <rect className="heatmap__day" data-level={level} width={CELL} height={CELL} rx={2} />
              </svg>
              {text}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
