import { useId, useState } from 'react';
import { systemTimeZone } from '../../ui';
import { FieldError } from './FieldError';
import { fieldAria } from './field-aria';
import { formatUtcOffset } from './plan-draft';

type Props = {
  value: string;
  problem: string | undefined;
  onChange: (timeZone: string) => void;
};

let zones: readonly string[] | undefined;

/** Every IANA zone the runtime lists (asked once: the list has some 400 names). */
function knownTimeZones(): readonly string[] {
  zones ??= [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();
  return zones;
}

/** The plan's time zone: type to search the IANA names, with the zone's offset now beside it. */
export function TimeZoneField({ value, problem, onChange }: Props) {
  const id = useId();
  const [now] = useState(() => new Date());
  const systemZone = systemTimeZone();
  const offset = formatUtcOffset(value.trim(), now);
  return (
    <div className="plan-field">
      <label htmlFor={id}>Time zone</label>
      <div className="plan-field__row">
        <input
          id={id}
          className="plan-input plan-input--wide"
          type="text"
          list={`${id}-zones`}
          value={value}
          autoComplete="off"
          spellCheck={false}
          placeholder="Search, e.g. Berlin"
          onChange={(event) => onChange(event.target.value)}
          {...fieldAria(`${id}-error`, problem, `${id}-offset`)}
        />
        <span id={`${id}-offset`} className="plan-field__hint">
          {offset ?? ''}
        </span>
      </div>
      <datalist id={`${id}-zones`}>
        {knownTimeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <FieldError id={`${id}-error`} problem={problem} />
      {systemZone && value.trim() !== systemZone && (
        <button type="button" className="plan-link-button" onClick={() => onChange(systemZone)}>
          Use this computer’s time zone ({systemZone})
        </button>
      )}
    </div>
  );
}
