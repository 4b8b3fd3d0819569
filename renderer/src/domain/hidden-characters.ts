/**
 * Characters that change how text looks without being seen: bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069, which can make "exe.txt" read "txt.exe") and
 * invisible separators (zero-width space U+200B, word joiner U+2060, a byte order mark
 * U+FEFF inside text). The joiners U+200C and U+200D stay allowed: scripts such as Persian
 * and emoji sequences need them, and the marks U+200E/U+200F only order neutral characters.
 */
const HIDDEN = /[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]/g;

/** One hidden character found in a text: its code point as U+XXXX and its index. */
export type HiddenCharacter = { codePoint: string; index: number };

/** The hidden characters in a text, in order (none for clean text). */
export function findHiddenCharacters(text: string): HiddenCharacter[] {
  return [...text.matchAll(HIDDEN)].map((match) => ({
    codePoint: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    index: match.index,
  }));
}

/** The text without its hidden characters (what an exported calendar carries). */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(HIDDEN, '');
}
