import { useEffect, useId, useRef, useState } from 'react';

/** The longest stretch one log may hold: a whole day. */
const MAX_MINUTES = 1440;

type Props = {
  /** The field's accessible name, e.g. "Minutes spent on part 2". */
  label: string;
  /** What the field holds at first ('' for nothing). */
  initial: string;
  onLog: (minutes: number) => void;
  /** Shown as a Cancel button (Escape does the same); without it the form stays. */
  onCancel?: () => void;
  /** Takes the focus when shown, as when the user has just asked to log. */
  focus?: boolean;
  /** Empties the field after each log, for a form that stays. */
  clearAfter?: boolean;
};

const parseMinutes = (text: string): number | null => {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const minutes = Number(text);
  return minutes >= 1 && minutes <= MAX_MINUTES ? minutes : null;
};

/** A number of minutes and Log (Enter logs too): the time really spent. */
export function MinutesForm({ label, initial, onLog, onCancel, focus = false, clearAfter = false }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(initial);
  const [tried, setTried] = useState(false);
  const minutes = parseMinutes(text);
  useEffect(() => {
    if (!focus) return;
    input.current?.focus();
    // Selected, so typing the real minutes replaces the planned ones.
    input.current?.select();
  }, [focus]);
  return (
    <form
      className="minutes-form"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        if (minutes === null) {
          setTried(true);
          return;
        }
        onLog(minutes);
        if (clearAfter) {
          setText('');
          setTried(false);
        }
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !onCancel) return;
        // Escape closes this form, not the whole panel.
        event.stopPropagation();
        onCancel();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        ref={input}
        type="number"
        min={1}
        max={MAX_MINUTES}
        step={1}
        inputMode="numeric"
        value={text}
        aria-invalid={(tried && minutes === null) || undefined}
        aria-describedby={tried && minutes === null ? `${id}-error` : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <span aria-hidden="true">min</span>
      <button type="submit" className="button button--small button--primary">
        Log
      </button>
      {onCancel && (
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      )}
      {tried && minutes === null && (
        <span id={`${id}-error`} className="minutes-form__error" role="alert">
          Enter whole minutes from 1 to {MAX_MINUTES}.
        </span>
      )}
    </form>
  );
}
