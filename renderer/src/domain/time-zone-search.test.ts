import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTimeZone } from './plan';
import { canonicalTimeZone, resolveTimeZone, searchTimeZones, timeZonePlaces } from './time-zone-search';

const places = timeZonePlaces();
const offered = new Set(places.map((place) => place.zone));
const first = (query: string) => searchTimeZones(query)[0]?.place.zone;

describe('timeZonePlaces', () => {
  it('offers each current zone once, every one known to Intl, and none of the old ids', () => {
    expect(places.length).toBeGreaterThan(300);
    expect(offered.size).toBe(places.length);
    for (const zone of offered) expect(isTimeZone(zone), zone).toBe(true);
    for (const old of ['Africa/Asmera', 'Asia/Calcutta', 'US/Eastern', 'Europe/Kiev', 'Etc/UTC']) {
      expect(offered.has(old), old).toBe(false);
    }
    for (const zone of ['UTC', 'America/New_York', 'Asia/Kolkata', 'Europe/Berlin', 'America/Sao_Paulo']) {
      expect(offered.has(zone), zone).toBe(true);
    }
  });
});

describe('searchTimeZones', () => {
  it.each([
    ['new york', 'America/New_York'],
    ['New_York', 'America/New_York'],
    ['new y', 'America/New_York'],
    ['são paulo', 'America/Sao_Paulo'],
    ['sao paulo', 'America/Sao_Paulo'],
    ['SÃO PAULO', 'America/Sao_Paulo'],
    ['kolkata', 'Asia/Kolkata'],
    ['india', 'Asia/Kolkata'],
    ['germany', 'Europe/Berlin'],
    ['berlin', 'Europe/Berlin'],
    ['mumbai', 'Asia/Kolkata'],
    ['lon', 'Europe/London'],
    ['sydney', 'Australia/Sydney'],
    ['utc', 'UTC'],
    ['america/new', 'America/New_York'],
  ])('finds %j first as %s', (query, zone) => {
    expect(first(query)).toBe(zone);
  });

  it('finds a zone by an old or linked id, and says which', () => {
    expect(searchTimeZones('Asia/Calcutta')[0]).toMatchObject({
      place: { zone: 'Asia/Kolkata' },
      alias: 'Asia/Calcutta',
    });
    expect(searchTimeZones('US/Eastern')[0]).toMatchObject({
      place: { zone: 'America/New_York' },
      alias: 'US/Eastern',
    });
    expect(searchTimeZones('hobart')[0]).toMatchObject({ place: { zone: 'Australia/Sydney' } });
  });

  it('ranks names that start with the query before words inside them', () => {
    const zones = searchTimeZones('york').map((hit) => hit.place.zone);
    expect(zones[0]).toBe('America/New_York');
    expect(searchTimeZones('new').findIndex((hit) => hit.place.zone === 'America/New_York')).toBeLessThan(
      searchTimeZones('new').findIndex((hit) => hit.place.zone === 'Pacific/Port_Moresby'),
    );
  });

  it('lists every zone by id for an empty query, and nothing for a query that matches none', () => {
    expect(searchTimeZones('  ').map((hit) => hit.place.zone)).toEqual([...offered]);
    expect(searchTimeZones('xyzzy')).toEqual([]);
    expect(searchTimeZones('a', 5)).toHaveLength(5);
  });

  it('finds only offered zones, each once, for any query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (query) => {
        const zones = searchTimeZones(query).map((hit) => hit.place.zone);
        expect(new Set(zones).size).toBe(zones.length);
        for (const zone of zones) {
          expect(offered.has(zone)).toBe(true);
          expect(canonicalTimeZone(zone)).toBe(zone);
        }
      }),
    );
  });

  it('finds every zone first by its own id, however it is spelled', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        fc.constantFrom<(id: string) => string>(
          (id) => id,
          (id) => id.toLowerCase(),
          (id) => id.replaceAll('_', ' '),
          (id) => id.toUpperCase().replaceAll('/', ' / '),
        ),
        (place, spell) => {
          expect(first(spell(place.zone))).toBe(place.zone);
          expect(resolveTimeZone(spell(place.zone))).toBe(place.zone);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('canonicalTimeZone', () => {
  it('resolves every alias to its offered zone, in any case', () => {
    for (const place of places) {
      for (const alias of place.aliases) {
        expect(canonicalTimeZone(alias), alias).toBe(place.zone);
        expect(canonicalTimeZone(alias.toLowerCase()), alias).toBe(place.zone);
      }
    }
    expect(canonicalTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('US/Eastern')).toBe('America/New_York');
    expect(canonicalTimeZone('Africa/Asmera')).toBe('Africa/Asmara');
    expect(canonicalTimeZone('Etc/UTC')).toBe('UTC');
  });

  it('keeps a zone Intl knows that the list leaves out, and refuses the unknown', () => {
    expect(canonicalTimeZone('Etc/GMT+5')).toBe('Etc/GMT+5');
    expect(canonicalTimeZone('Mars/Olympus')).toBeUndefined();
    expect(canonicalTimeZone('')).toBeUndefined();
  });
});

describe('resolveTimeZone', () => {
  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['us/eastern', 'America/New_York'],
    ['new york', 'America/New_York'],
    ['new_york', 'America/New_York'],
    ['Kolkata', 'Asia/Kolkata'],
    ['São Paulo', 'America/Sao_Paulo'],
    ['Mumbai', 'Asia/Kolkata'],
    ['Sydney', 'Australia/Sydney'],
    ['Calcutta', 'Asia/Kolkata'],
    ['hobart', 'Australia/Sydney'],
  ])('reads %j as %s', (text, zone) => {
    expect(resolveTimeZone(text)).toBe(zone);
  });

  it('names no zone for a half-typed, ambiguous or unknown text', () => {
    expect(resolveTimeZone('new y')).toBeUndefined();
    expect(resolveTimeZone('Victoria')).toBeUndefined();
    expect(resolveTimeZone('eastern')).toBeUndefined();
    expect(resolveTimeZone('india')).toBeUndefined();
    expect(resolveTimeZone('  ')).toBeUndefined();
  });
});
