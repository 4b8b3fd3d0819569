import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidthEm, wrappedLines } from './title-lines';

describe('wrappedLines', () => {
  it('keeps a short title on one line and an empty one too', () => {
    expect(wrappedLines('Caching', 150, 14)).toBe(1);
    expect(wrappedLines('', 150, 14)).toBe(1);
    expect(wrappedLines('   ', 150, 14)).toBe(1);
  });

  it('breaks at spaces and after hyphens, as browsers do', () => {
    // "Domain-Driven Design (DDD)-inspired Structure" in a 154 px box at 14 px: Chromium shows
    // "Domain-Driven" / "Design (DDD)-inspired" / "Structure".
    expect(wrappedLines('Domain-Driven Design (DDD)-inspired Structure', 154, 14)).toBe(3);
    expect(wrappedLines('Domain-Driven', 125, 14)).toBe(1);
    expect(wrappedLines('Domain-Driven', 80, 14)).toBe(2);
  });

  it('breaks a word longer than a line anywhere', () => {
    expect(wrappedLines('x'.repeat(40), 100, 10)).toBe(Math.ceil((40 * 0.65) / 10));
  });

  it('needs more lines as the box narrows, never fewer', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 40, max: 400 }), (text, width) => {
        expect(wrappedLines(text, width, 14)).toBeGreaterThanOrEqual(wrappedLines(text, width + 40, 14));
      }),
    );
  });

  it('never takes fewer lines than the text’s width needs', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 60, max: 400 }), (text, width) => {
        const lines = wrappedLines(text, width, 14);
        expect(lines * width).toBeGreaterThanOrEqual(
          textWidthEm(text.trim().replace(/\s+/g, '')) * 14 - 1e-6,
        );
      }),
    );
  });
});
