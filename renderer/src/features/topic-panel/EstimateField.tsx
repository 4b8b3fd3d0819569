import { useId, useState } from 'react';
import { formatHours } from '../../domain';

type Props = {
  /** The roadmap's estimate for the topic. */
  roadmapHours: number;
  /** The user's own estimate, when they set one. */
  override: number | null;
  onChange: (hours: number | null) => void;
};

const parseHours = (text: string): number | null | 'bad' => {
  if (text.trim() === '') return null;
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(trimmed)) return 'bad';
  const hours = Number(trimmed);
  return hours <= 10_000 ? hours : 'bad';
};

/** The topic's estimate, which the user can make their own; the scheduler plans with it. */
export function EstimateField({ roadmapHours, override, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState(override === null ? '' : String(override));
  const parsed = parseHours(text);
  const commit = () => {
    if (parsed === 'bad' || parsed === override) return;
    onChange(parsed);
  };
  return (
    <div className="estimate-field">
      <label htmlFor={id}>My estimate (hours)</label>
      <div className="estimate-field__row">
        <input
          id={id}
          // Text, not number: a number field reports what it cannot read ("1,5") as empty,
          // which would silently clear the estimate.
          type="text"
          inputMode="decimal"
          autoComplete="off"
          placeholder={String(roadmapHours)}
          value={text}
          aria-invalid={parsed === 'bad' || undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setText(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
        {override !== null && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setText('');
              onChange(null);
            }}
          >
            Use the roadmap’s
          </button>
        )}
      </div>
      <p id={`${id}-hint`} className="estimate-field__hint">
        {parsed === 'bad'
          ? 'Enter hours from 0 to 10000.'
          : `The roadmap says ${formatHours(roadmapHours)}. Leave empty to use it.`}
      </p>
    </div>
  );
}
