import type { ReviewLogRecord } from './records';

/** Review log rows in time order (rows of the same instant in the order they were written). */
export function inTimeOrder(rows: readonly ReviewLogRecord[]): ReviewLogRecord[] {
  return [...rows].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id ?? 0) - (b.id ?? 0));
}
