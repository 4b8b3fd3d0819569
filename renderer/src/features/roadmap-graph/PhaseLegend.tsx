import type { Roadmap } from '../../domain';
import { phaseSlot } from '../../ui';
import './phase-legend.css';

/** Which colour is which study phase. */
export function PhaseLegend({ roadmap }: { roadmap: Roadmap }) {
  return (
    <section className="phase-legend" aria-labelledby="phase-legend-heading">
      <h2 className="phase-legend__heading" id="phase-legend-heading">
        Study phases
      </h2>
      <ul className="phase-legend__list">
        {roadmap.phases.map((phase) => (
          <li key={phase.number} className="phase-legend__item" data-phase={phaseSlot(phase.number)}>
            <span className="phase-legend__swatch" aria-hidden="true" />
            <span>
              <strong>Phase {phase.number}</strong>
              <span className="phase-legend__title">{phase.title}</span>
              <span className="phase-legend__sections">{sectionRange(phase.sections)}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function sectionRange(sections: readonly number[]): string {
  if (sections.length === 0) return 'no sections';
  const sorted = [...sections].sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const contiguous = last - first + 1 === sorted.length;
  if (sorted.length === 1) return `Section ${first}`;
  return contiguous ? `Sections ${first}–${last}` : `Sections ${sorted.join(', ')}`;
}
