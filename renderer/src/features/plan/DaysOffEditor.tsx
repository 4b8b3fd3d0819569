import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { addDaysOff, dayRangeProblem, formatDayRange, groupDaysOff, removeDaysOff } from '../../domain';
import { FieldError } from './FieldError';
import { fieldAria } from './field-aria';
import { FIRST_PLAN_DAY, LAST_PLAN_DAY } from './plan-draft';

type Props = {
  /** Sorted, unique `YYYY-MM-DD`. */
  dates: readonly string[];
  problem: string | undefined;
  onChange: (dates: string[]) => void;
};

/** Days with no study: add one day or a range, see them grouped, remove a group. */
export function DaysOffEditor({ dates, problem, onChange }: Props) {
  const id = useId();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<{ field: 'from' | 'to'; message: string } | null>(null);
  const ranges = groupDaysOff(dates);

  const add = () => {
    if (from === '') {
      setError({ field: 'from', message: 'enter the first day off' });
      return;
    }
    // An empty "To" means a single day.
    const end = to === '' ? from : to;
    const rangeProblem = dayRangeProblem(from, end);
    if (rangeProblem !== null) {
      setError({ field: to === '' ? 'from' : 'to', message: rangeProblem });
      return;
    }
    onChange(addDaysOff(dates, { start: from, end }));
    setFrom('');
    setTo('');
    setError(null);
  };
  // Enter here adds the days off rather than submitting (saving) the whole form.
  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      add();
    }
  };
  const fromProblem = error?.field === 'from' ? error.message : undefined;
  const toProblem = error?.field === 'to' ? error.message : undefined;

  return (
    <div className="plan-days-off">
      <div className="plan-days-off__add">
        <div className="plan-field">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            className="plan-input"
            type="date"
            min={FIRST_PLAN_DAY}
            max={LAST_PLAN_DAY}
            value={from}
            onChange={(event) => {
              setFrom(event.target.value);
              setError(null);
            }}
            onKeyDown={addOnEnter}
            {...fieldAria(`${id}-from-error`, fromProblem)}
          />
          <FieldError id={`${id}-from-error`} problem={fromProblem} />
        </div>
        <div className="plan-field">
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            className="plan-input"
            type="date"
            value={to}
            min={from || FIRST_PLAN_DAY}
            max={LAST_PLAN_DAY}
            onChange={(event) => {
              setTo(event.target.value);
              setError(null);
            }}
            onKeyDown={addOnEnter}
            {...fieldAria(`${id}-to-error`, toProblem, `${id}-to-hint`)}
          />
          <FieldError id={`${id}-to-error`} problem={toProblem} />
        </div>
        <button type="button" className="button" onClick={add}>
          Add days off
        </button>
      </div>
      <p id={`${id}-to-hint`} className="plan-field__hint">
        Leave “To” empty for a single day.
      </p>
      <FieldError id={`${id}-stored-error`} problem={problem} />
      {ranges.length === 0 ? (
        <p className="plan-view__muted">No days off yet.</p>
      ) : (
        <ul className="plan-days-off__list" aria-label="Days off">
          {ranges.map((range) => {
            const label = formatDayRange(range);
            const days = dates.filter((d) => d >= range.start && d <= range.end).length;
            return (
              <li key={range.start}>
                <span>
                  {label}
                  {days > 1 && <span className="plan-view__muted"> · {days} days</span>}
                </span>
                <button
                  type="button"
                  className="button plan-days-off__remove"
                  aria-label={`Remove days off ${label}`}
                  onClick={() => onChange(removeDaysOff(dates, range))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
