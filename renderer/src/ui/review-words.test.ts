import { describe, expect, it } from 'vitest';
import { nextReviewText, ratingLabel } from './review-words';

describe('review words', () => {
  it('say when a topic comes back, counting days from today', () => {
    expect(nextReviewText('2026-12-01', '2026-12-15')).toBe('Next review in 14 days · Tue 15 Dec');
    expect(nextReviewText('2026-12-01', '2026-12-02')).toBe('Next review tomorrow · Wed 2 Dec');
    expect(nextReviewText('2026-12-01', '2026-12-01')).toBe('Due for review today · Tue 1 Dec');
    expect(nextReviewText('2026-12-01', '2026-11-28')).toBe('Due for review since Sat 28 Nov');
    expect(nextReviewText('2026-12-01', '2027-03-02')).toBe('Next review in 91 days · Tue 2 Mar 2027');
  });

  it('name ratings as the buttons do', () => {
    expect(ratingLabel('hard')).toBe('Hard');
  });
});
