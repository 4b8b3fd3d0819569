import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldIcsLines } from './ics-fold';

const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

describe('foldIcsLines', () => {
  const unfold = (text: string) => text.replace(/\r\n /g, '');

  it('folds at exactly 75 octets, continuation lines holding 74 after their space', () => {
    expect(foldIcsLines('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLines('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldIcsLines('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
    // A 4-octet emoji that would straddle octet 75 moves whole to the next line.
    expect(foldIcsLines(`${'x'.repeat(73)}😀`)).toBe(`${'x'.repeat(73)}\r\n 😀`);
    expect(foldIcsLines(`${'x'.repeat(71)}😀`)).toBe(`${'x'.repeat(71)}😀`);
    // 2- and 3-octet characters likewise.
    expect(foldIcsLines(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`);
    expect(foldIcsLines(`${'x'.repeat(73)}€y`)).toBe(`${'x'.repeat(73)}\r\n €y`);
    expect(foldIcsLines('a\r\nb')).toBe('a\r\nb');
  });

  it('never exceeds 75 octets nor splits a character, and unfolds to the same text', () => {
    const line = fc.string({ unit: 'binary', maxLength: 400 }).map((t) => t.replace(/[\r\n]/g, ''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = lines.join('\r\n');
        const folded = foldIcsLines(text);
        expect(unfold(folded)).toBe(text);
        for (const physical of folded.split('\r\n')) {
          const bytes = encoder.encode(physical);
          expect(bytes.length).toBeLessThanOrEqual(75);
          if (!/[\ud800-\udfff]/.test(physical)) expect(() => strictUtf8.decode(bytes)).not.toThrow();
        }
      }),
    );
  });
});
