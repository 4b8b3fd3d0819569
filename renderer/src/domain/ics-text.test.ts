import { describe, expect, it } from 'vitest';
import { clean, escapeText, hash53 } from './ics-text';

describe('iCalendar text', () => {
  it('turns every line end into LF and drops forbidden control characters, tab kept', () => {
    expect(clean('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(clean('bell\u0007 nul\u0000 del\u007f tab\t')).toBe('bell nul del tab\t');
  });

  it('drops hidden characters (bidi overrides, zero-width spaces), joiners kept', () => {
    expect(clean('Read\u202Etxt.exe')).toBe('Readtxt.exe');
    expect(clean('a\u200Bb\u2066c\u2069d\uFEFFe\u2060f')).toBe('abcdef');
    expect(clean('ab\u200Dc')).toBe('ab\u200Dc');
  });

  it('escapes what RFC 5545 TEXT escapes', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('hashes the same text to the same short key, and different texts apart', () => {
    expect(hash53('')).toBe(hash53(''));
    expect(hash53('Part 1 of 2')).toMatch(/^[0-9a-z]{1,11}$/);
    expect(hash53('Part 1 of 2')).not.toBe(hash53('Part 2 of 2'));
  });
});
