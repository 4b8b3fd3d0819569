/**
 * Text as searches compare it: accents folded ("São" → "sao"), lower case, and every run of
 * other characters (spaces, `_`, `/`, punctuation) one space, so "new york", "New_York" and
 * "America/New York" meet.
 */
export function normaliseSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
