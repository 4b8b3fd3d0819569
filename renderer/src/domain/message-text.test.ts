import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inMessage } from './message-text';

describe('inMessage', () => {
  it('keeps short text as it is and clips long text with an ellipsis', () => {
    expect(inMessage('Europe/Berlin')).toBe('Europe/Berlin');
    expect(inMessage('r'.repeat(100_000))).toBe(`${'r'.repeat(59)}…`);
    expect(inMessage('abcdef', 4)).toBe('abc…');
  });

  it('puts text on one line without control or hidden characters', () => {
    expect(inMessage('Invalid\nparameters in \u001e\u0000x\u202Ey')).toBe('Invalid parameters in  xy');
  });

  it('never returns more than the length, a line break or a control character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 80 }), (text, length) => {
        const shown = inMessage(text, length);
        expect(shown.length).toBeLessThanOrEqual(length);
        // eslint-disable-next-line no-control-regex
        expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      }),
    );
  });
});
