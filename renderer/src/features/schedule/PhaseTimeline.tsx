import { useId, useMemo } from 'react';
import {
  addDays,
  formatHours,
  formatShortDay,
  formatShortMonth,
  formatShortRange,
  monthOf,
  monthTicks,
  phaseTimeline,
  timelineFraction,
} from '../../domain';
import type { Milestone, Roadmap, ScheduledSession, TimelinePhase } from '../../domain';
import { phaseSlot } from '../../ui';
import './phase-timeline.css';

type Props = {
  roadmap: Roadmap;
  sessions: readonly ScheduledSession[];
  milestones: readonly Milestone[];
  /** `YYYY-MM-DD` in the plan's zone. */
  today: string;
};

type Flag = { key: string; label: string; at: number; phase: number | null };

/** Sections as bars over time, grouped by phase, with each phase's target and a line for today. */
export function PhaseTimeline({ roadmap, sessions, milestones, today }: Props) {
  const headingId = useId();
  const timeline = useMemo(
    () => phaseTimeline(roadmap, sessions, milestones),
    [roadmap, sessions, milestones],
  );

  if (timeline.start === null || timeline.end === null) {
    return (
      <section className="phase-timeline" aria-labelledby={headingId}>
        <h3 id={headingId}>Phase timeline</h3>
        <p className="phase-timeline__empty">
          Nothing is planned yet. Save your plan to see when each section happens.
        </p>
      </section>
    );
  }

  // Today may lie outside the plan (logged work in the past, a plan starting later): keep it in
  // view. The axis starts on the first of a month, so every month has its label.
  const start = `${monthOf(timeline.start < today ? timeline.start : today)}-01`;
  const end = timeline.end > today ? timeline.end : today;
  const withYear = start.slice(0, 4) !== end.slice(0, 4);
  const day = (date: string) => formatShortDay(date, withYear);
  const percent = (date: string) => `${timelineFraction(start, end, date) * 100}%`;
  const ticks = monthTicks(start, end);
  const flags: Flag[] = [
    { key: 'today', label: 'Today', at: timelineFraction(start, end, today), phase: null },
    ...timeline.phases.flatMap((phase) =>
      phase.target
        ? [
            {
              key: `target-${phase.number}`,
              label: `Phase ${phase.number} target ${day(phase.target)}`,
              at: timelineFraction(start, end, phase.target),
              phase: phase.number,
            },
          ]
        : [],
    ),
  ];

  return (
    <section className="phase-timeline" aria-labelledby={headingId}>
      <h3 id={headingId}>Phase timeline</h3>
      <p className="visually-hidden">
        From {day(start)} to {day(end)}; today is {day(today)}.
      </p>
      <div className="phase-timeline__chart">
        <div className="phase-timeline__overlay" aria-hidden="true">
          {ticks.map((tick) => (
            <span key={tick.month} className="phase-timeline__gridline" style={{ left: percent(tick.day) }} />
          ))}
          {flags.map((flag) => (
            <span
              key={flag.key}
              className={`phase-timeline__line phase-timeline__line--${flag.phase === null ? 'today' : 'target'}`}
              data-phase={flag.phase === null ? undefined : phaseSlot(flag.phase)}
              style={{ left: `${flag.at * 100}%` }}
            />
          ))}
        </div>

        <div className="phase-timeline__axis" aria-hidden="true">
          <div className="phase-timeline__months">
            {ticks.map((tick, i) => (
              <span key={tick.month} className="phase-timeline__month" style={{ left: percent(tick.day) }}>
                {formatShortMonth(tick.month, i === 0 || tick.month.endsWith('-01'))}
              </span>
            ))}
          </div>
          {flags.map((flag) => (
            <div key={flag.key} className="phase-timeline__flag-row">
              <span
                className={`phase-timeline__flag phase-timeline__flag--${flag.phase === null ? 'today' : 'target'}`}
                data-phase={flag.phase === null ? undefined : phaseSlot(flag.phase)}
                data-align={flag.at > 0.7 ? 'end' : undefined}
                style={{ left: `${flag.at * 100}%` }}
              >
                {flag.label}
              </span>
            </div>
          ))}
        </div>

        {timeline.phases.map((phase) => (
          <div key={phase.number} className="phase-timeline__phase" data-phase={phaseSlot(phase.number)}>
            <h4 className="phase-timeline__phase-title">
              <span>
                Phase {phase.number}: {phase.title}
              </span>
              <span className="phase-timeline__status" data-behind={phase.onTrack ? undefined : ''}>
                {phaseStatus(phase, day)}
              </span>
            </h4>
            {phase.sections.length === 0 ? (
              <p className="phase-timeline__none">No sessions in this phase.</p>
            ) : (
              <ul className="phase-timeline__sections">
                {phase.sections.map((section) => {
                  const range = formatShortRange(section.start, section.end, withYear);
                  const hours = formatHours(section.minutes / 60);
                  return (
                    <li key={section.number} className="phase-timeline__row">
                      <span className="visually-hidden">
                        Section {section.number} · {range}
                      </span>
                      <span className="visually-hidden">
                        : {section.title}, {hours}
                      </span>
                      <span className="phase-timeline__label" aria-hidden="true">
                        <span className="phase-timeline__name">
                          <span className="phase-timeline__number">{section.number}</span>
                          {section.title}
                        </span>
                        <span className="phase-timeline__dates">
                          {range} · {hours}
                        </span>
                      </span>
                      <span className="phase-timeline__track" aria-hidden="true">
                        <span
                          className="phase-timeline__bar"
                          title={`${section.number}. ${section.title}: ${range}`}
                          style={{
                            left: percent(section.start),
                            right: `${(1 - timelineFraction(start, end, addDays(section.end, 1))) * 100}%`,
                          }}
                        />
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

function phaseStatus(phase: TimelinePhase, day: (date: string) => string): string {
  const { target, projectedEnd, onTrack } = phase;
  if (projectedEnd === null) {
    if (!onTrack) return target ? `Not fully planned before the target ${day(target)}` : 'Not fully planned';
    return target ? `Nothing left to plan · target ${day(target)}` : 'Nothing left to plan';
  }
  if (target === null) return `Ends ${day(projectedEnd)}`;
  return onTrack
    ? `On track: ends ${day(projectedEnd)}, target ${day(target)}`
    : `Behind: ends ${day(projectedEnd)}, after the target ${day(target)}`;
}
