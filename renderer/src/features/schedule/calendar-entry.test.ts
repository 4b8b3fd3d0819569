import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from './calendar-entry';
import { byStart, entryLabel, entryTimes, reviewEntry } from './calendar-entry';

const entry = (part: number, parts: number, logged?: 'done' | 'missed'): CalendarEntry => ({
  title: 'OAuth2 with Password Flow',
  phase: 2,
  session: {
    id: `oauth2#${part}`,
    topicId: 'oauth2',
    part,
    parts,
    date: '2026-12-01',
    start: '2026-12-01T19:00:00+01:00',
    end: '2026-12-01T20:30:00+01:00',
    minutes: 90,
    ...(logged ? { logged } : {}),
  },
});

describe('entryLabel', () => {
  it('names the topic, the part, the wall-clock times and the outcome', () => {
    expect(entryTimes(entry(2, 3))).toBe('19:00–20:30');
    expect(entryLabel(entry(2, 3))).toBe('OAuth2 with Password Flow, part 2 of 3, 19:00–20:30');
    expect(entryLabel(entry(1, 1))).toBe('OAuth2 with Password Flow, 19:00–20:30');
    expect(entryLabel(entry(3, 3, 'done'))).toBe('OAuth2 with Password Flow, part 3 of 3, 19:00–20:30, done');
    expect(entryLabel(entry(1, 3, 'missed'))).toBe(
      'OAuth2 with Password Flow, part 1 of 3, 19:00–20:30, missed',
    );
    const pinned = entry(2, 3);
    expect(entryLabel({ ...pinned, session: { ...pinned.session, pinned: true } })).toBe(
      'OAuth2 with Password Flow, part 2 of 3, 19:00–20:30, pinned',
    );
  });
});

describe('review entries', () => {
  const review = reviewEntry(
    {
      id: 'review#2026-12-01',
      date: '2026-12-01',
      start: '2026-12-01T19:00:00+01:00',
      end: '2026-12-01T19:30:00+01:00',
      minutes: 30,
      topics: ['oauth2', 'jwt'],
    },
    (id) => id.toUpperCase(),
  );

  it('are titled as the domain says, name their topics and their times', () => {
    expect(review.title).toBe('Review · 2 topics · 30 min');
    expect(review.topics).toEqual([
      { id: 'oauth2', title: 'OAUTH2' },
      { id: 'jwt', title: 'JWT' },
    ]);
    expect(entryLabel(review)).toBe('Review · 2 topics · 30 min, 19:00–19:30');
  });

  it('sort among sessions by start, a review first at the same start', () => {
    const later = entry(1, 1);
    const earlier = {
      ...entry(2, 3),
      session: { ...entry(2, 3).session, start: '2026-12-01T18:00:00+01:00' },
    };
    expect(byStart([later, review, earlier]).map((e) => e.title)).toEqual([
      'OAuth2 with Password Flow',
      'Review · 2 topics · 30 min',
      'OAuth2 with Password Flow',
    ]);
    expect(byStart([later, review])[0]).toBe(review);
  });
});
