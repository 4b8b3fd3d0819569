import { describe, expect, it } from 'vitest';
import { roundedPath } from './rounded-path';

describe('roundedPath', () => {
  it('draws a straight arrow as one line', () => {
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ]),
    ).toBe('M 0 0 L 10 0');
  });

  it('rounds each corner, less where segments are short', () => {
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 20, y: 0 },
        { x: 20, y: 4 },
      ]),
    ).toBe('M 0 0 L 18 0 Q 20 0 20 2 L 20 4');
  });

  it('survives repeated points and no points', () => {
    expect(roundedPath([])).toBe('');
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 0, y: 0 },
        { x: 5, y: 0 },
      ]),
    ).toBe('M 0 0 L 0 0 Q 0 0 0 0 L 5 0');
  });
});
