/**
 * Slug of a title: lowercase ASCII letters and digits; each run of anything else
 * becomes one `-`, trimmed at both ends (`Web & HTTP Basics` → `web-http-basics`).
 */
export function slugify(title: string): string {
  // Drop everything but ASCII letters and digits before lowercasing: some non-ASCII
  // capitals lowercase into ASCII ('İ' → 'i̇', the Kelvin sign → 'k').
  return title
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase()
    .replace(/^-+|-+$/g, '');
}
