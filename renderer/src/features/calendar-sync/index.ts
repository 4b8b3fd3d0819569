import { lazy } from 'react';

// Calendar sync loads when first needed: the panel with the plan view, the runner on the desktop.
export const CalendarSyncPanel = lazy(() =>
  import('./CalendarSyncPanel').then((m) => ({ default: m.CalendarSyncPanel })),
);
export const CalendarSyncRunner = lazy(() =>
  import('./CalendarSyncRunner').then((m) => ({ default: m.CalendarSyncRunner })),
);
