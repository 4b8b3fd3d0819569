import type { DayMark } from './calendar-marks';

type Props = { marks: readonly DayMark[] };

/**
 * A month cell's busy and reserve time: one grey line for the busy stretches, one hatched
 * line for the reserve, each naming its times (all of them in its accessible name).
 */
export function DayMarks({ marks }: Props) {
  const busy = marks.filter((m) => m.kind === 'busy');
  const reserve = marks.filter((m) => m.kind === 'reserve');
  const reserveMinutes = reserve.reduce((sum, m) => sum + m.minutes, 0);
  return (
    <ul className="month-grid__marks">
      {busy.length > 0 && (
        <li
          className="month-grid__mark"
          data-kind="busy"
          aria-label={busy.map((m) => m.label).join(', ')}
          title={busy.map((m) => (m.summary ? `${m.label}: ${m.summary}` : m.label)).join('\n')}
        >
          <span aria-hidden="true">
            {busy[0]!.label}
            {busy.length > 1 ? ` +${busy.length - 1}` : ''}
          </span>
        </li>
      )}
      {reserve.length > 0 && (
        <li className="month-grid__mark" data-kind="reserve">
          {reserve.length === 1 ? reserve[0]!.label : `Reserve · ${reserveMinutes} min`}
        </li>
      )}
    </ul>
  );
}
