import { createContext } from 'react';
import type { ScheduledSession } from '../../domain';

/**
 * Gives a pinned session back to the planner (the calendar sync writes it where the plan puts
 * it next). Provided by the schedule view, used by the session details deep in its calendars.
 */
export const UnpinContext = createContext<((session: ScheduledSession) => void) | null>(null);
