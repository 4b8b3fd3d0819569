import { describe, expect, it } from 'vitest';
import { formatHours, formatMinutes, minutesToHours } from './hours';

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

describe('formatMinutes', () => {
  it('writes minutes as hours and minutes', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(480)).toBe('8 h');
    expect(formatMinutes(330)).toBe('5 h 30 min');
  });
});

describe('minutesToHours', () => {
  it('rounds to the nearest tenth of an hour', () => {
    expect(minutesToHours(95)).toBe(1.6);
    expect(minutesToHours(90)).toBe(1.5);
    expect(minutesToHours(0)).toBe(0);
    expect(minutesToHours(64 * 60)).toBe(64);
  });
});
