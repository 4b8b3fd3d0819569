import type { SessionFollowState, SessionOutcome } from '../../domain';

// One definition, in the domain: calendar sync names days the same way.
export { formatWeekdayDay } from '../../domain';

/**
 * `Times in Europe/Berlin` when the plan's zone is not the computer's (so times are not read
 * as local ones), else null. Aliases of one zone (`Asia/Calcutta`, `Asia/Kolkata`) count as
 * the same.
 */
export function planZoneNote(planZone: string | undefined, systemZone: string): string | null {
  if (planZone === undefined || planZone === '') return null;
  return canonicalZone(planZone) === canonicalZone(systemZone) ? null : `Times in ${planZone}`;
}

function canonicalZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

/**
 * What the user can log of a session in this state: both once its day has come, Done still
 * for one marked missed (a change of mind), nothing for a logged or later one. The agenda and
 * the calendar's popover both offer these.
 */
export function logChoices(state: SessionFollowState | undefined): SessionOutcome[] {
  switch (state) {
    case 'today':
    case 'overdue':
      return ['done', 'missed'];
    case 'missed-flag':
      return ['done'];
    default:
      return [];
  }
}
