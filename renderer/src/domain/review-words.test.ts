import { describe, expect, it } from 'vitest';
import { reviewTimeIncluded } from './review-words';

describe('reviewTimeIncluded', () => {
  it('says the review hours a phase end includes, in tenths, and nothing without any', () => {
    expect(reviewTimeIncluded(90)).toBe('includes 1.5 h of review');
    expect(reviewTimeIncluded(15)).toBe('includes 0.3 h of review');
    expect(reviewTimeIncluded(2)).toBe('includes 0.1 h of review');
    expect(reviewTimeIncluded(0)).toBeNull();
    expect(reviewTimeIncluded(undefined)).toBeNull();
  });
});
