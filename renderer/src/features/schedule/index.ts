import { lazy } from 'react';

// The schedule's views load when first shown, so the code the first paint waits for stays small.
export const ScheduleView = lazy(() => import('./ScheduleView').then((m) => ({ default: m.ScheduleView })));
// The reminder needs nothing for the first paint either: it loads just after.
export const SessionReminder = lazy(() =>
  import('./SessionReminder').then((m) => ({ default: m.SessionReminder })),
);
