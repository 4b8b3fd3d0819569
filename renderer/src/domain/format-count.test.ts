import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it('groups thousands with commas whatever the locale', () => {
    expect([0, 999, 5000, 1_000_000, 2.5].map(formatCount)).toEqual([
      '0',
      '999',
      '5,000',
      '1,000,000',
      '2.5',
    ]);
  });
});
