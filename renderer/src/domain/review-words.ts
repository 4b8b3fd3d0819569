import { formatHours, minutesToHours } from './hours';

/**
 * `includes 1.5 h of review`: what a phase's projected end says of the review time planned
 * up to it (`Milestone.reviewMinutes`); null when there is none.
 */
export function reviewTimeIncluded(reviewMinutes: number | undefined): string | null {
  if (reviewMinutes === undefined || reviewMinutes <= 0) return null;
  // A quarter of an hour still says so, never "0 h".
  return `includes ${formatHours(Math.max(minutesToHours(reviewMinutes), 0.1))} of review`;
}
