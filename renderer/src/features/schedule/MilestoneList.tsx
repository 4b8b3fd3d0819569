import { formatWeekdayDay, reviewTimeIncluded } from '../../domain';
import type { Milestone, Roadmap } from '../../domain';
import { phaseSlot } from '../../ui';
import './milestones.css';

type Props = { roadmap: Roadmap; milestones: readonly Milestone[] };

/**
 * Each phase's projected end against its target, in words and not only in colour, and the
 * review time the end makes room for.
 */
export function MilestoneList({ roadmap, milestones }: Props) {
  return (
    <ul className="milestones" aria-label="Phase milestones">
      {milestones.map((m) => {
        const phase = roadmap.phases.find((p) => p.number === m.phase);
        const review = m.projectedEnd ? reviewTimeIncluded(m.reviewMinutes) : null;
        const end = m.projectedEnd
          ? `ends ${formatWeekdayDay(m.projectedEnd, true)}${review ? `, ${review}` : ''}`
          : 'nothing left';
        const verdict = m.target === null ? 'no target' : m.onTrack ? 'on track' : 'misses its target';
        return (
          <li
            key={m.phase}
            className="milestones__item"
            data-phase={phaseSlot(m.phase)}
            data-on-track={m.onTrack}
          >
            <span className="milestones__name">
              Phase {m.phase}
              {phase ? `: ${phase.title}` : ''}
            </span>
            <span className="milestones__end">{end}</span>
            <span className="milestones__verdict">
              <span aria-hidden="true">{m.target === null ? '·' : m.onTrack ? '✓' : '!'}</span>{' '}
              {m.target ? `Target ${formatWeekdayDay(m.target, true)}, ${verdict}` : verdict}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
