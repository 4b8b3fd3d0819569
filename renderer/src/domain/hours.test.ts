import { describe, expect, it } from 'vitest';
import { formatHours } from './hours';

describe('formatHours', () => {
  it('writes whole, half and quarter hours as people do', () => {
    expect(formatHours(16)).toBe('16 h');
    expect(formatHours(2.5)).toBe('2.5 h');
    expect(formatHours(2.25)).toBe('2.25 h');
  });

  it('rounds to two decimals', () => {
    expect(formatHours(1 / 3)).toBe('0.33 h');
  });
});
