import { rawTimeZones } from '@vvo/tzdb';
import { isTimeZone } from './plan';
import { normaliseSearchText as normalise } from './search-text';

/*
 * The time zones a person picks from: one per clock that differs today — the tz database's
 * current canonical zones as @vvo/tzdb groups them — found by city, country or name. Every
 * other IANA id (a backward alias such as `Asia/Calcutta` or `US/Eastern`, or a zone whose
 * clock has matched another's since 1970, such as `America/Detroit`) resolves to the zone
 * it reads as. The stored value stays an IANA id either way.
 */

/** A zone on offer, with what a person may know it by. */
export type TimeZonePlace = {
  /** The IANA id offered and stored, e.g. `America/New_York`. */
  zone: string;
  /** Its main cities, most populated first. */
  cities: readonly string[];
  /** In English; empty for UTC. */
  country: string;
  /** Its generic English name, e.g. `Eastern Time`. */
  name: string;
  /** Every other IANA id that means this zone now (`US/Eastern`, `America/Detroit`). */
  aliases: readonly string[];
};

/** A zone a search found; `alias` is the other id it was found by (`Asia/Calcutta`), if any. */
export type TimeZoneHit = { place: TimeZonePlace; score: number; alias?: string };

/** UTC and the ids the tz database links to it (@vvo/tzdb keeps them out of its list). */
const UTC_PLACE: TimeZonePlace = {
  zone: 'UTC',
  cities: [],
  country: '',
  name: 'Coordinated Universal Time',
  aliases: [
    'Etc/UTC',
    'Etc/UCT',
    'Etc/Universal',
    'Etc/Zulu',
    'UCT',
    'Universal',
    'Zulu',
    'Etc/GMT',
    'Etc/GMT+0',
    'Etc/GMT-0',
    'Etc/GMT0',
    'Etc/Greenwich',
    'GMT',
    'GMT+0',
    'GMT-0',
    'GMT0',
    'Greenwich',
  ],
};

/** A place with its texts normalised once, for matching. */
type Indexed = {
  place: TimeZonePlace;
  /** `america new york` */
  zone: string;
  /** The city part of the id: `new york`. */
  segment: string;
  cities: readonly string[];
  aliases: readonly { id: string; full: string; segment: string }[];
  country: string;
  name: string;
  /** Every text above, for queries whose words match in different places. */
  all: string;
};

let index: readonly Indexed[] | undefined;
let listed: ReadonlySet<string> | undefined;
let byId: ReadonlyMap<string, string> | undefined;

function indexed(): readonly Indexed[] {
  index ??= buildIndex();
  return index;
}

function buildIndex(): Indexed[] {
  const places: TimeZonePlace[] = [UTC_PLACE];
  for (const raw of rawTimeZones) {
    // An older runtime may not know a renamed zone (Europe/Kyiv) but knows its old id.
    const zone = [raw.name, ...raw.group].find(knownToRuntime);
    if (zone === undefined) continue;
    places.push({
      zone,
      cities: raw.mainCities.filter((city) => city !== ''),
      country: raw.countryName,
      name: raw.alternativeName,
      aliases: raw.group.filter((id) => id !== zone),
    });
  }
  places.sort((a, b) => (a.zone < b.zone ? -1 : 1));
  return places.map((place) => {
    const cities = place.cities.map(normalise);
    const aliases = place.aliases.map((id) => ({ id, full: normalise(id), segment: lastSegment(id) }));
    const country = normalise(place.country);
    const name = normalise(place.name);
    const zone = normalise(place.zone);
    const all = [zone, ...cities, ...aliases.map((alias) => alias.full), country, name].join(' ');
    return { place, zone, segment: lastSegment(place.zone), cities, aliases, country, name, all };
  });
}

/** Under a point, more for a longer name. */
function shortness(text: string): number {
  return Math.min(text.length, 99) / 100;
}

/**
 * True when the runtime's `Intl` knows the id. The list it gives is a quick yes for most;
 * it spells some zones by their older ids (`Asia/Calcutta`), so the rest are asked one by one.
 */
function knownToRuntime(id: string): boolean {
  listed ??= new Set(Intl.supportedValuesOf('timeZone'));
  return listed.has(id) || isTimeZone(id);
}

function lastSegment(id: string): string {
  return normalise(id.slice(id.lastIndexOf('/') + 1));
}

/** Every zone on offer, by id: current canonical zones the runtime's `Intl` knows, and UTC. */
export function timeZonePlaces(): TimeZonePlace[] {
  return indexed().map((entry) => entry.place);
}

/**
 * The zone on offer that an IANA id means now (`Asia/Calcutta` → `Asia/Kolkata`, any case);
 * an id the runtime knows but the list leaves out (`Etc/GMT+5`) as the runtime spells it;
 * undefined for anything else.
 */
export function canonicalTimeZone(id: string): string | undefined {
  byId ??= new Map(
    indexed().flatMap(({ place }) =>
      [place.zone, ...place.aliases].map((alias) => [alias.toLowerCase(), place.zone] as const),
    ),
  );
  const known = byId.get(id.trim().toLowerCase());
  if (known !== undefined) return known;
  if (!isTimeZone(id.trim())) return undefined;
  return new Intl.DateTimeFormat('en', { timeZone: id.trim() }).resolvedOptions().timeZone;
}

/**
 * The zone a typed text names without doubt, for a field that is left without picking:
 * an IANA id or alias (`US/Eastern`, `new_york`, `America/New York`), else the one zone with
 * that city ("Kolkata", "Calcutta"). Undefined when nothing or more than one zone fits ("Victoria").
 */
export function resolveTimeZone(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  const known = canonicalTimeZone(text);
  if (known !== undefined) return known;
  const phrase = normalise(text);
  const byName = indexed().filter(
    (entry) =>
      entry.zone === phrase ||
      entry.segment === phrase ||
      entry.aliases.some((alias) => alias.full === phrase),
  );
  // An alias's last part is a place name like a city: "Calcutta", but also "Victoria" (a state).
  const byCity = indexed().filter(
    (entry) => entry.cities.includes(phrase) || entry.aliases.some((alias) => alias.segment === phrase),
  );
  const only = (entries: readonly Indexed[]) =>
    new Set(entries.map((entry) => entry.place.zone)).size === 1 ? entries[0]!.place.zone : undefined;
  if (byName.length > 0) return only(byName);
  return byCity.length > 0 ? only(byCity) : undefined;
}

/**
 * Zones matching a query, best first: the zone's or a city's own name, then the country
 * ("India"), then names that start with the query ("new y"), then aliases, then words
 * anywhere. Spaces, `_` and `/` are alike and accents don't matter ("sao paulo"). An empty
 * query lists every zone by id. Ties go by id.
 */
export function searchTimeZones(query: string, limit = Infinity): TimeZoneHit[] {
  const phrase = normalise(query);
  if (phrase === '')
    return indexed()
      .slice(0, limit)
      .map(({ place }) => ({ place, score: 0 }));
  const words = phrase.split(' ');
  const hits: TimeZoneHit[] = [];
  for (const entry of indexed()) {
    const hit = scoreEntry(entry, phrase, words);
    if (hit) hits.push(hit);
  }
  // A stable sort: equal scores keep the index's order, by id.
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

function scoreEntry(entry: Indexed, phrase: string, words: readonly string[]): TimeZoneHit | undefined {
  const { place } = entry;
  const starts = (text: string) => text.startsWith(phrase);
  const wordStarts = (text: string) => ` ${text}`.includes(` ${phrase}`);
  const city = (test: (text: string) => boolean) => entry.cities.findIndex(test);
  const alias = (test: (text: string) => boolean) =>
    entry.aliases.find((a) => test(a.full) || test(a.segment))?.id;
  const is = (text: string) => text === phrase;

  if (is(entry.zone) || is(entry.segment)) return { place, score: 100 };
  // Earlier cities are bigger: "Victoria" finds Vancouver's before the Seychelles'.
  const exactCity = city(is);
  if (exactCity >= 0) return { place, score: 98 - exactCity / 2 };
  const exactAlias = alias(is);
  if (exactAlias) return { place, score: 96, alias: exactAlias };
  if (is(entry.country)) return { place, score: 94 };
  // Among names that start alike the shorter comes first: "lon" finds London before Longyearbyen.
  if (starts(entry.segment)) return { place, score: 90 - shortness(entry.segment) };
  if (starts(entry.zone)) return { place, score: 90 - shortness(entry.zone) };
  const cityStart = city(starts);
  if (cityStart >= 0) return { place, score: 88 - cityStart / 2 - shortness(entry.cities[cityStart]!) };
  const aliasStart = alias(starts);
  if (aliasStart) return { place, score: 84, alias: aliasStart };
  if (starts(entry.country)) return { place, score: 80 };
  if (wordStarts(entry.zone) || city(wordStarts) >= 0) return { place, score: 70 };
  const aliasWord = alias(wordStarts);
  if (aliasWord) return { place, score: 66, alias: aliasWord };
  if (wordStarts(entry.country) || wordStarts(entry.name)) return { place, score: 60 };
  const all = ` ${entry.all}`;
  return words.every((word) => all.includes(` ${word}`)) ? { place, score: 50 } : undefined;
}
