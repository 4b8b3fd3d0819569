/**
 * How many lines a title wraps to, without a browser: the layout needs each box's height
 * before anything is drawn (and it runs in a worker and in tests).
 *
 * Widths are those of DejaVu Sans Bold, Linux's usual UI font and wider than Segoe UI, San
 * Francisco or Roboto at the same size, so a title measured here fits wherever it is shown.
 */

/** Advance widths of the printable ASCII characters (space to `~`), in hundredths of an em. */
const ASCII_WIDTHS = [
  35, 46, 53, 84, 70, 101, 88, 31, 46, 46, 53, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40,
  40, 84, 84, 84, 59, 100, 78, 77, 74, 84, 69, 69, 83, 84, 38, 38, 78, 64, 100, 84, 86, 74, 86, 78, 73, 69,
  82, 78, 111, 78, 73, 73, 46, 37, 46, 84, 50, 50, 68, 72, 60, 72, 68, 44, 72, 72, 35, 35, 67, 35, 105, 72,
  69, 72, 72, 50, 60, 48, 72, 66, 93, 65, 66, 59, 72, 37, 72, 84,
];
/** Latin letters with accents are about as wide as their base letters; anything else may be a full em. */
const LATIN_WIDTH = 80;
const OTHER_WIDTH = 100;

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 32 && code < 127) return ASCII_WIDTHS[code - 32]!;
  return code < 0x250 ? LATIN_WIDTH : OTHER_WIDTH;
}

/** The width of `text` in ems of the bold UI font. */
export function textWidthEm(text: string): number {
  let sum = 0;
  for (const char of text) sum += charWidth(char);
  return sum / 100;
}

/**
 * The lines `text` takes in a box `width` px wide at `fontSize` px, breaking as browsers do:
 * at spaces and after hyphens, and inside a word only when it is longer than a line.
 */
export function wrappedLines(text: string, width: number, fontSize: number): number {
  const capacity = width / fontSize;
  // Pieces end after a space or a hyphen; the trailing space of a line takes no room.
  const pieces = text.trim().match(/[^\s-]*-+|[^\s-]+\s*|\s+/g) ?? [];
  let lines = 1;
  let used = 0;
  for (const piece of pieces) {
    const word = piece.trimEnd();
    const wordWidth = textWidthEm(word);
    const fullWidth = textWidthEm(piece);
    if (used > 0 && used + wordWidth > capacity) {
      lines++;
      used = 0;
    }
    if (wordWidth > capacity) {
      // A word longer than a line breaks anywhere (overflow-wrap: anywhere).
      for (const char of word) {
        const w = charWidth(char) / 100;
        if (used > 0 && used + w > capacity) {
          lines++;
          used = 0;
        }
        used += w;
      }
      used += fullWidth - wordWidth;
      continue;
    }
    used += fullWidth;
  }
  return text.trim() === '' ? 1 : lines;
}
