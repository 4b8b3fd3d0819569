/**
 * The present, but strictly after `after`: whether a missed session waits for the next
 * replan is decided by comparing these instants, so a log and a replan in the same
 * millisecond (or under a clock set back) must still come out in the order they happened.
 */
export function nowAfter(after: string | undefined): string {
  const at = Date.now();
  const floor = after === undefined ? Number.NEGATIVE_INFINITY : Date.parse(after) + 1;
  return new Date(Math.max(at, floor)).toISOString();
}
