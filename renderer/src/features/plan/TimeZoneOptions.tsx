import { memo, useMemo } from 'react';
import type { MouseEvent } from 'react';
import { isoInTimeZone } from '../../domain';
import type { TimeZoneHit, TimeZonePlace } from '../../domain/time-zone-search';
import { formatUtcOffset } from './plan-draft';

type Props = {
  id: string;
  open: boolean;
  /** What is typed, for the "no match" line. */
  query: string;
  hits: readonly TimeZoneHit[];
  /** Index of the highlighted hit, -1 for none. */
  active: number;
  /** The plan's zone, marked in the list. */
  current: string;
  now: Date;
  optionId: (zone: string) => string;
  onActive: (index: number) => void;
  onPick: (zone: string) => void;
};

export type ZoneClock = { offset: string; time: string };

/** The zone's offset (`UTC+05:30`, daylight saving as at `now`) and its wall-clock time then (`19:30`). */
export function zoneClock(zone: string, now: Date): ZoneClock | null {
  const offset = formatUtcOffset(zone, now);
  return offset === null ? null : { offset, time: isoInTimeZone(now.getTime(), zone).slice(11, 16) };
}

/** Where a zone is: its cities and country, UTC's name, and the alias it was found by. */
function placeText(place: TimeZonePlace, alias: string | undefined): string {
  const where = place.cities.length > 0 ? `${place.cities.join(', ')} · ${place.country}` : place.name;
  return alias ? `${where} · also ${alias}` : where;
}

/** The hit's index, from its option (`data-index`), for a mouse event anywhere in the list. */
function hitIndex(event: MouseEvent<HTMLElement>): number | undefined {
  const option =
    event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null;
  return option?.dataset['index'] === undefined ? undefined : Number(option.dataset['index']);
}

/** The time-zone combobox's listbox: each zone with where it is, its offset and the time there now. */
export function TimeZoneOptions({
  id,
  open,
  query,
  hits,
  active,
  current,
  now,
  optionId,
  onActive,
  onPick,
}: Props) {
  const clocks = useMemo(
    () => new Map(hits.map(({ place }) => [place.zone, zoneClock(place.zone, now)])),
    [hits, now],
  );
  if (!open) return null;
  return (
    <ul
      className="listbox-popup tz-field__list"
      id={id}
      role="listbox"
      aria-label="Time zones"
      // Clicks in the list (an option, its scroll bar) must not take the focus from the field.
      onMouseDown={(event) => event.preventDefault()}
      // One handler for the list: the options stay unchanged as the highlight moves.
      onClick={(event) => {
        const index = hitIndex(event);
        if (index !== undefined && hits[index]) onPick(hits[index].place.zone);
      }}
      onMouseMove={(event) => {
        const index = hitIndex(event);
        if (index !== undefined && index !== active) onActive(index);
      }}
    >
      {hits.length === 0 && (
        <li className="tz-field__empty" role="presentation">
          No time zone matches “{query.trim()}”. Try a city or a country.
        </li>
      )}
      {hits.map(({ place, alias }, index) => (
        <ZoneOption
          key={place.zone}
          id={optionId(place.zone)}
          index={index}
          place={place}
          alias={alias}
          clock={clocks.get(place.zone) ?? null}
          selected={index === active}
          current={place.zone === current}
        />
      ))}
    </ul>
  );
}

type OptionProps = {
  id: string;
  index: number;
  place: TimeZonePlace;
  alias: string | undefined;
  clock: ZoneClock | null;
  selected: boolean;
  current: boolean;
};

/** One zone; drawn again only when it changes (the whole list is some 300 zones). */
const ZoneOption = memo(function ZoneOption({
  id,
  index,
  place,
  alias,
  clock,
  selected,
  current,
}: OptionProps) {
  const where = placeText(place, alias);
  const when = clock ? `${clock.offset} · ${clock.time}` : '';
  return (
    <li
      id={id}
      data-index={index}
      role="option"
      aria-selected={selected}
      aria-label={`${place.zone}, ${when ? `${when} now, ` : ''}${where}`}
      className={`tz-option${current ? ' tz-option--current' : ''}`}
    >
      <span className="tz-option__zone">{place.zone}</span>
      <span className="tz-option__clock">{when}</span>
      <span className="tz-option__where">{where}</span>
    </li>
  );
});
