import { useId } from 'react';
import { MAX_DAY_MINUTES, MIN_SESSION_MINUTES } from '../../domain/plan';
import { FieldError } from './FieldError';
import { fieldAria } from './field-aria';

type Props = {
  label: string;
  value: string;
  problem: string | undefined;
  onChange: (text: string) => void;
  /** What the number counts; minutes unless said (and then the plan schema's session bounds). */
  unit?: string;
  min?: number;
  max?: number;
};

/** A number of minutes (or another unit), with its unit and its inline problem. */
export function SessionLengthField({
  label,
  value,
  problem,
  onChange,
  unit = 'minutes',
  min = MIN_SESSION_MINUTES,
  max = MAX_DAY_MINUTES,
}: Props) {
  const id = useId();
  return (
    <div className="plan-field">
      <label htmlFor={id}>{label}</label>
      <div className="plan-field__row">
        <input
          id={id}
          className="plan-input plan-input--number"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={5}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...fieldAria(`${id}-error`, problem, `${id}-unit`)}
        />
        <span id={`${id}-unit`} className="plan-field__hint">
          {unit}
        </span>
      </div>
      <FieldError id={`${id}-error`} problem={problem} />
    </div>
  );
}
