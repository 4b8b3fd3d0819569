/**
 * Slug of a title: lowercase ASCII letters and digits; each run of anything else
 * becomes one `-`, trimmed at both ends (`Web & HTTP Basics` → `web-http-basics`).
 */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
