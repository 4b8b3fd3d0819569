/**
 * A plan file for the built-in FastAPI roadmap as the command line's tests and the benches
 * use it: Europe/Berlin from 1 December 2026, an hour on weekday evenings from 19:30 and three
 * hours on Saturday mornings (about 270 sessions).
 */
export const EVENINGS_PLAN = {
  roadmap: 'fastapi',
  startDate: '2026-12-01',
  timeZone: 'Europe/Berlin',
  availability: { mon: 60, tue: 60, wed: 60, thu: 60, fri: 60, sat: 180, sun: 0 },
  sessionStart: {
    mon: '19:30',
    tue: '19:30',
    wed: '19:30',
    thu: '19:30',
    fri: '19:30',
    sat: '10:00',
    sun: '10:00',
  },
  maxSessionMinutes: 90,
  minSessionMinutes: 30,
  blackoutDates: [] as string[],
  phaseTargets: {} as Record<string, string>,
  statuses: {} as Record<string, string>,
};
