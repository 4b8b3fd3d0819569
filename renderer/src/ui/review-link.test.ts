import { describe, expect, it } from 'vitest';
import { reviewHref, reviewTopicsOf } from './review-link';

describe('review links', () => {
  it('address every topic due, or exactly the topics named', () => {
    expect(reviewHref()).toBe('#review');
    expect(reviewHref(['sql', 'http-basics'])).toBe('#review?topics=sql,http-basics');
  });

  it('read back the topics they name', () => {
    expect(reviewTopicsOf('#review')).toBeNull();
    expect(reviewTopicsOf('#graph')).toBeNull();
    expect(reviewTopicsOf(reviewHref(['sql', 'http-basics']))).toEqual(['sql', 'http-basics']);
    expect(reviewTopicsOf(reviewHref(['a,b', 'c d']))).toEqual(['a,b', 'c d']);
  });
});
