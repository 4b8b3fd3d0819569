/** A number as messages write it: 5,000 and 1,000,000, whatever the locale. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
