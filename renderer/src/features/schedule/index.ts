export { ScheduleCalendar } from './ScheduleCalendar';
export { PhaseTimeline } from './PhaseTimeline';
export type { CalendarEntry } from './calendar-entry';
export { ScheduleView } from './ScheduleView';
