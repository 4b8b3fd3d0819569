/**
 * Id of a title (topics, checklist items): lowercase letters and digits of any script, each
 * run of anything else becoming one `-`, trimmed at both ends (`Web & HTTP Basics` →
 * `web-http-basics`, `Café Société` → `cafe-societe`, `Основы Linux` → `основы-linux`).
 * Latin accents are folded; marks that other scripts write letters with (Devanagari vowel
 * signs, Japanese voicing marks) are kept with their letter. An ASCII title gets the slug
 * it always had, so stored progress keeps its keys.
 */
export function titleSlug(title: string): string {
  return (
    title
      // NFKD splits accents off Latin letters and turns compatibility forms (full-width
      // letters, ligatures, the Kelvin sign) into plain ones; lowercasing after it keeps
      // 'İ' from becoming 'i' plus a stray dot.
      .normalize('NFKD')
      .toLowerCase()
      .normalize('NFKD')
      .replace(LATIN_ACCENTS, '$1')
      .normalize('NFC')
      .replace(NOT_A_LETTER, '-')
      .replace(/^-+|-+$/g, '')
  );
}

/**
 * Slug for a file name: `titleSlug` with only ASCII letters and digits kept (`Café Société`
 * → `cafe-societe`, `日本語 API` → `api`), so any file system and mail client takes it.
 */
export function slugify(title: string): string {
  return titleSlug(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A Latin letter with its combining marks: the marks are dropped (accent folding). */
const LATIN_ACCENTS = /(\p{Script=Latin})\p{M}+/gu;

/** Anything but letters, digits and the marks written with them (a mark with no letter goes too). */
const NOT_A_LETTER = /^\p{M}+|(?:[^\p{L}\p{N}\p{M}]\p{M}*)+/gu;

/**
 * The id of a title with no letters or digits at all (`→ ✓`, an emoji): `topic-` and a
 * hash of the title, the same for the same title on every machine.
 */
export function fallbackSlug(title: string): string {
  // FNV-1a over the UTF-16 units of the normalised title: small, stable, no dependency.
  let hash = 0x811c9dc5;
  const text = title.normalize('NFC').trim();
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `topic-${hash.toString(36)}`;
}
