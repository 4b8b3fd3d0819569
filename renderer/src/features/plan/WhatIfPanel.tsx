import { useId, useMemo } from 'react';
import { formatHours, formatMinutes, formatWeekdayDay, minutesToHours } from '../../domain';
import type { Schedule } from '../../domain';
import { phaseSlot } from '../../ui';
import { formatEnd, minutesLeft, phaseProjections } from './projection';
import type { ProjectionRoadmap } from './projection';
import './what-if-panel.css';

type Props = {
  roadmap: ProjectionRoadmap;
  /** The draft's schedule; null while the draft is invalid. */
  schedule: Schedule | null;
  /** The saved plan's schedule, to compare with while the draft has changes. */
  previous: Schedule | null;
  /** The draft's study time per week. */
  weeklyMinutes: number | null;
};

/** Projected phase ends for the plan as it stands in the form, updated as the user types. */
export function WhatIfPanel({ roadmap, schedule, previous, weeklyMinutes }: Props) {
  const id = useId();
  const rows = useMemo(
    () => (schedule ? phaseProjections(roadmap, schedule, previous) : []),
    [roadmap, schedule, previous],
  );
  return (
    <section className="plan-projection" aria-labelledby={`${id}-title`} aria-live="polite">
      <h3 id={`${id}-title`}>Projection</h3>
      {schedule === null ? (
        <p className="plan-view__muted">Fix the marked fields to see the projection</p>
      ) : (
        <>
          <dl className="plan-projection__facts">
            <div>
              <dt>Hours left</dt>
              <dd>{formatHours(minutesToHours(minutesLeft(schedule)))}</dd>
            </div>
            <div>
              <dt>Per week</dt>
              <dd>{weeklyMinutes === null ? '—' : formatMinutes(weeklyMinutes)}</dd>
            </div>
          </dl>
          <ul className="plan-projection__phases">
            {rows.map((row) => (
              <li key={row.phase} className="plan-projection__phase" data-phase={phaseSlot(row.phase)}>
                <span className="plan-projection__name">{row.name}</span>
                <span>
                  Ends <strong>{formatEnd(row.end, row.onTrack)}</strong>
                  {row.review && <span className="plan-view__muted">, {row.review}</span>}
                  {row.previousEnd !== undefined && (
                    <span className="plan-view__muted">
                      {' '}
                      (was{' '}
                      {row.previousEnd === null ? 'not all planned' : formatWeekdayDay(row.previousEnd, true)}
                      )
                    </span>
                  )}
                </span>
                <span className="plan-projection__status" data-on-track={row.onTrack}>
                  {row.target !== null && <span aria-hidden="true">{row.onTrack ? '✓ ' : '! '}</span>}
                  {row.status}
                </span>
              </li>
            ))}
          </ul>
          {schedule.warnings.length > 0 && (
            <ul className="plan-projection__warnings" aria-label="Plan warnings">
              {schedule.warnings.map((warning, i) => (
                <li key={`${warning.code}-${i}`}>{warning.message}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
