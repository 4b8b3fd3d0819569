import { useEffect, useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { canonicalTimeZone, resolveTimeZone, searchTimeZones } from '../../domain/time-zone-search';
import { systemTimeZone } from '../../ui';
import { FieldError } from './FieldError';
import { fieldAria } from './field-aria';
import { TimeZoneOptions, zoneClock } from './TimeZoneOptions';
import '../../ui/menu.css';
import './time-zone-field.css';

type Props = {
  /** The plan's zone, an IANA id (an alias such as `Asia/Calcutta` shows as the zone it means). */
  value: string;
  problem: string | undefined;
  /** Called with the zone picked, or what was typed, when the field is left or Enter pressed. */
  onChange: (timeZone: string) => void;
};

/**
 * The plan's time zone: a combobox that finds zones by city, country or id, each with its
 * offset and the time there now. What is typed reaches the plan only when a zone is picked
 * or the field is left, so a half-typed name is never called wrong.
 */
export function TimeZoneField({ value, problem, onChange }: Props) {
  const id = useId();
  const listId = `${id}-zones`;
  // The text being typed; null while the field shows the plan's zone.
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The moment the offsets and local times are for: set when the field is focused or opened.
  const [now, setNow] = useState(() => new Date());
  const shown = useMemo(() => canonicalTimeZone(value) ?? value, [value]);
  const hits = useMemo(() => (open ? searchTimeZones(typed ?? '') : []), [open, typed]);
  const activeHit = open ? hits[active] : undefined;
  const activeId = activeHit ? optionId(listId, activeHit.place.zone) : undefined;
  const clock = zoneClock(shown, now);
  const systemZone = canonicalTimeZone(systemTimeZone());

  // Keep the highlighted zone in sight as the arrow keys move through the list.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const openList = () => {
    setNow(new Date());
    setOpen(true);
    // Browsing from the plan's zone, or the best match of what is typed.
    if (typed === null) setActive(searchTimeZones('').findIndex((hit) => hit.place.zone === shown));
    else setActive(typed.trim() === '' ? -1 : 0);
  };
  const pick = (zone: string) => {
    setTyped(null);
    setOpen(false);
    if (zone !== value) onChange(zone);
  };
  /** What is typed becomes the plan's: the zone it names, else the text itself (the form says what is wrong). */
  const commit = () => {
    setOpen(false);
    if (typed === null) return;
    setTyped(null);
    const zone = resolveTimeZone(typed) ?? typed.trim();
    if (zone !== value) onChange(zone);
  };
  /** Commits, then submits the form once it has drawn the new zone (its handlers still hold the old one). */
  const commitAndSubmit = (form: HTMLFormElement | null) => {
    commit();
    setTimeout(() => form?.requestSubmit());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const { key } = event;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      if (!open) openList();
      else if (hits.length > 0 && !event.altKey) {
        const step = key === 'ArrowDown' ? 1 : -1;
        setActive((i) => (i < 0 && step < 0 ? hits.length - 1 : (i + step + hits.length) % hits.length));
      }
    } else if (key === 'Enter') {
      const save = event.ctrlKey || event.metaKey;
      if (!save && activeHit) {
        event.preventDefault();
        pick(activeHit.place.zone);
      } else if (typed !== null) {
        event.preventDefault();
        event.stopPropagation();
        commitAndSubmit(event.currentTarget.form);
      }
      // Otherwise Enter and Ctrl+Enter reach the form as in any other field.
    } else if (key === 'Escape' && (open || typed !== null)) {
      // First closes the list, then gives back the plan's zone; the view's own Escape waits.
      event.preventDefault();
      event.stopPropagation();
      if (open) setOpen(false);
      else setTyped(null);
    }
  };

  const shownProblem = typed === null ? problem : undefined;
  return (
    <div className="plan-field">
      <label htmlFor={id}>Time zone</label>
      <div className="plan-field__row">
        <div className="tz-field">
          <input
            id={id}
            className="plan-input plan-input--wide"
            type="text"
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeId}
            value={typed ?? shown}
            autoComplete="off"
            spellCheck={false}
            placeholder="City, country or zone, e.g. Berlin"
            onChange={(event) => {
              const text = event.target.value;
              if (!open) setNow(new Date());
              setTyped(text);
              setOpen(true);
              setActive(text.trim() === '' ? -1 : 0);
            }}
            onFocus={() => setNow(new Date())}
            onClick={() => {
              if (!open) openList();
            }}
            onBlur={commit}
            onKeyDown={onKeyDown}
            {...fieldAria(`${id}-error`, shownProblem, `${id}-clock`)}
          />
          <TimeZoneOptions
            id={listId}
            open={open}
            query={typed ?? ''}
            hits={hits}
            active={active}
            current={shown}
            now={now}
            optionId={(zone) => optionId(listId, zone)}
            onActive={setActive}
            onPick={pick}
          />
        </div>
        <span id={`${id}-clock`} className="plan-field__hint">
          {typed === null && clock ? `${clock.offset} · ${clock.time} there now` : ''}
        </span>
      </div>
      <FieldError id={`${id}-error`} problem={shownProblem} />
      {systemZone && shown !== systemZone && (
        <button type="button" className="plan-link-button" onClick={() => pick(systemZone)}>
          Use this computer’s time zone ({systemZone})
        </button>
      )}
    </div>
  );
}

function optionId(listId: string, zone: string): string {
  return `${listId}-${zone}`;
}
