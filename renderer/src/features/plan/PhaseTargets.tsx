import { useId } from 'react';
import { formatShortDay, ownValue } from '../../domain';
import type { Roadmap } from '../../domain';
import { unknownPhaseTargets } from '../../domain/plan';
import { FieldError } from './FieldError';
import { fieldAria } from './field-aria';

type Props = {
  roadmap: Pick<Roadmap, 'id' | 'phases'>;
  /** Phase number → target date; no key means no target. */
  targets: Readonly<Record<string, string>>;
  problems: ReadonlyMap<string, string>;
  /** A target set (`date`) or cleared (`''`) for a phase, by its key in the plan (`"2"`). */
  onChange: (phase: string, date: string) => void;
};

/**
 * An optional date per study phase by which the user wants it finished. Targets for phases
 * the roadmap does not have (from a backup, or a roadmap that changed) are listed with what
 * is wrong and a way to remove them: nothing uses them, and nothing hides them.
 */
export function PhaseTargets({ roadmap, targets, problems, onChange }: Props) {
  const id = useId();
  const { phases } = roadmap;
  const unknown = unknownPhaseTargets(targets, roadmap);
  const stray = unknown.map(({ phase, message }) => {
    const date = ownValue(targets, phase) ?? '';
    const label = `Target for phase ${phase}, ${formatShortDay(date, true)}`;
    return (
      <li key={`unknown-${phase}`} className="plan-targets__row">
        <span>{label}</span>
        <div className="plan-field__row">
          <button
            type="button"
            className="button"
            aria-label={`Remove target for phase ${phase}`}
            onClick={() => onChange(phase, '')}
          >
            Remove
          </button>
        </div>
        <FieldError id={`${id}-unknown-${phase}-error`} problem={`${message}; no schedule uses it`} />
      </li>
    );
  });
  if (phases.length === 0 && stray.length === 0) {
    return <p className="plan-view__muted">This roadmap has no study phases.</p>;
  }
  return (
    <ul className="plan-targets">
      {phases.map((phase) => {
        const key = String(phase.number);
        const name = `Phase ${phase.number}: ${phase.title}`;
        const value = ownValue(targets, key) ?? '';
        const problem = problems.get(`phaseTargets.${key}`);
        const inputId = `${id}-${key}`;
        return (
          <li key={key} className="plan-targets__row">
            <label htmlFor={inputId}>Target for {name}</label>
            <div className="plan-field__row">
              <input
                id={inputId}
                className="plan-input"
                type="date"
                value={value}
                onChange={(event) => onChange(key, event.target.value)}
                {...fieldAria(`${inputId}-error`, problem)}
              />
              <button
                type="button"
                className="button"
                aria-label={`Clear target for ${name}`}
                disabled={value === ''}
                onClick={() => onChange(key, '')}
              >
                Clear
              </button>
            </div>
            <FieldError id={`${inputId}-error`} problem={problem} />
          </li>
        );
      })}
      {stray}
    </ul>
  );
}
