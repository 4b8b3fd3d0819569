import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findHiddenCharacters, withoutHiddenCharacters } from './hidden-characters';

describe('hidden characters', () => {
  it('finds bidi overrides, isolates and zero-width spaces with their code points', () => {
    expect(findHiddenCharacters('Read\u202Etxt.exe and a\u200Bb\u2066x\u2069')).toEqual([
      { codePoint: 'U+202E', index: 4 },
      { codePoint: 'U+200B', index: 18 },
      { codePoint: 'U+2066', index: 20 },
      { codePoint: 'U+2069', index: 22 },
    ]);
    expect(withoutHiddenCharacters('Read\u202Etxt\uFEFF')).toBe('Readtxt');
  });

  it('leaves the joiners scripts and emoji need alone', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const persian = 'می\u200Cخواهم';
    expect(findHiddenCharacters(family + persian + '\u200F')).toEqual([]);
    expect(withoutHiddenCharacters(family + persian)).toBe(family + persian);
  });

  it('cleaned text has nothing left to find, and clean text is unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const cleaned = withoutHiddenCharacters(text);
        expect(findHiddenCharacters(cleaned)).toEqual([]);
        if (findHiddenCharacters(text).length === 0) expect(cleaned).toBe(text);
      }),
    );
  });
});
