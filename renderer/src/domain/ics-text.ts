import { withoutHiddenCharacters } from './hidden-characters';

/**
 * Text fit for a TEXT value: CR LF and lone CR become LF (ical-generator writes `\n`), and
 * control characters RFC 5545 forbids are dropped, as are hidden characters (bidi overrides,
 * zero-width spaces): a calendar would show "Read\u202Etxt.exe" as "Readexe.txt".
 */
export function clean(text: string): string {
  return (
    withoutHiddenCharacters(text)
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** RFC 5545 TEXT escaping, for the calendar name ical-generator writes unescaped. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

/** cyrb53: a fast 53-bit string hash, base 36; the export history keeps these, not the texts. */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
