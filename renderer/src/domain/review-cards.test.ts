import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from './calendar-day';
import { rateCard, reviewCards, reviewWindow } from './review-cards';
import type { ReviewLogEntry, ReviewRating } from './review-types';

const ZONE = 'Europe/Berlin';
const learned = (rating: ReviewRating, retention = 0.9) =>
  reviewCards([{ topicId: 't', at: '2026-12-01T20:00:00+01:00', rating }], { retention }, ZONE).get('t')!;

describe('reviewCards (ts-fsrs, day-based, no fuzz)', () => {
  it('brings a topic rated Again back sooner than one rated Good', () => {
    expect(learned('again').due < learned('good').due).toBe(true);
    expect(learned('good').due < learned('easy').due).toBe(true);
  });

  it('brings a topic reviewed twice back later than one just learned', () => {
    const log: ReviewLogEntry[] = [
      { topicId: 'a', at: '2026-12-01T20:00:00+01:00', rating: 'good' },
      { topicId: 'a', at: '2026-12-04T20:00:00+01:00', rating: 'good' },
      { topicId: 'a', at: '2026-12-18T20:00:00+01:00', rating: 'good' },
      { topicId: 'b', at: '2026-12-18T20:00:00+01:00', rating: 'good' },
    ];
    const cards = reviewCards(log, { retention: 0.9 }, ZONE);
    const a = cards.get('a')!;
    const b = cards.get('b')!;
    expect(a.reps).toBe(3);
    expect(daysBetween(a.lastReview, a.due)).toBeGreaterThan(daysBetween(b.lastReview, b.due));
  });

  it('brings reviews forward when the plan asks for a higher retention', () => {
    // A first rating's interval is FSRS's initial stability, which retention barely moves:
    // compare the review after it.
    const reviewed = (retention: number) => {
      const card = learned('good', retention);
      return rateCard(card, 't', 'good', card.due, retention);
    };
    expect(reviewed(0.97).due < reviewed(0.9).due).toBe(true);
    expect(reviewed(0.9).due < reviewed(0.7).due).toBe(true);
    expect(learned('good', 0.97).due <= learned('good', 0.7).due).toBe(true);
  });

  it('counts a rating on its plan day in the plan zone, whatever the offset it was written with', () => {
    // 23:30 in Berlin on 1 December is 22:30Z: the same day as 20:00 Berlin.
    const late = reviewCards(
      [{ topicId: 't', at: '2026-12-01T22:30:00Z', rating: 'good' }],
      { retention: 0.9 },
      ZONE,
    );
    expect(late.get('t')!.lastReview).toBe('2026-12-01');
    expect(late.get('t')!.due).toBe(learned('good').due);
  });

  it('replays the log in time order whatever order it is written in', () => {
    const log: ReviewLogEntry[] = [
      { topicId: 't', at: '2026-12-10T20:00:00+01:00', rating: 'again' },
      { topicId: 't', at: '2026-12-01T20:00:00+01:00', rating: 'good' },
    ];
    const card = reviewCards(log, { retention: 0.9 }, ZONE).get('t')!;
    expect(card.lastReview).toBe('2026-12-10');
    expect(card.lapses).toBe(1);
  });

  it('matches rating one card at a time', () => {
    const first = rateCard(null, 't', 'good', '2026-12-01', 0.9);
    const second = rateCard(first, 't', 'hard', '2026-12-05', 0.9);
    const replayed = reviewCards(
      [
        { topicId: 't', at: '2026-12-01T19:00:00+01:00', rating: 'good' },
        { topicId: 't', at: '2026-12-05T19:00:00+01:00', rating: 'hard' },
      ],
      { retention: 0.9 },
      ZONE,
    ).get('t');
    expect(replayed).toEqual(second);
  });

  it('always plans the next review at least a day later, inside its window', () => {
    const rating = fc.constantFrom<ReviewRating>('again', 'hard', 'good', 'easy');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(rating, fc.integer({ min: 0, max: 60 })), { minLength: 1, maxLength: 12 }),
        (steps) => {
          let card = null;
          let day = '2026-01-01';
          for (const [r, gap] of steps) {
            day = card ? addDaysTo(day, gap) : day;
            card = rateCard(card, 't', r, day, 0.9);
            expect(card.due > card.lastReview).toBe(true);
            const window = reviewWindow(card);
            expect(window.earliest <= card.due && card.due <= window.latest).toBe(true);
            expect(window.earliest > card.lastReview).toBe(true);
          }
        },
      ),
    );
  });
});

function addDaysTo(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
