import { useId } from 'react';
import { ownValue } from '../../domain';
import type { Phase } from '../../domain';
import { FieldError } from './FieldError';
import { fieldAria } from './field-aria';

type Props = {
  phases: readonly Phase[];
  /** Phase number → target date; no key means no target. */
  targets: Readonly<Record<string, string>>;
  problems: ReadonlyMap<string, string>;
  onChange: (phase: number, date: string) => void;
};

/** An optional date per study phase by which the user wants it finished. */
export function PhaseTargets({ phases, targets, problems, onChange }: Props) {
  const id = useId();
  if (phases.length === 0) return <p className="plan-view__muted">This roadmap has no study phases.</p>;
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
                onChange={(event) => onChange(phase.number, event.target.value)}
                {...fieldAria(`${inputId}-error`, problem)}
              />
              <button
                type="button"
                className="button"
                aria-label={`Clear target for ${name}`}
                disabled={value === ''}
                onClick={() => onChange(phase.number, '')}
              >
                Clear
              </button>
            </div>
            <FieldError id={`${inputId}-error`} problem={problem} />
          </li>
        );
      })}
    </ul>
  );
}
