import { lazy } from 'react';

// The schedule's views load when first shown, so the code the first paint waits for stays small.
export const ScheduleView = lazy(() => import('./ScheduleView').then((m) => ({ default: m.ScheduleView })));
export { useSessionReminder } from './useSessionReminder';
