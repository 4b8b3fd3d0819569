import { addDays, dayNumber, DAY_MS, localDay, startOfWeek } from './calendar-day';

/*
 * The app's one date style. Every view, message and file name that writes a day, a month or
 * a moment goes through these functions, so "Thu 3 Dec 2026" reads the same everywhere. The
 * words are the date-fns en-US formats named on each function (date-style.test.ts checks them
 * against date-fns's `format` for any day); they are spelled here because date-fns's formatter
 * and its locale would more than fill what is left of the graph's first-paint budget.
 *
 * A day alone carries its weekday ("Thu 3 Dec"); ranges, axes and week titles, where the
 * weekday would only crowd, do not ("12 Jan – 3 Mar").
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Short weekday names, Monday first, as the calendar's columns are. */
export const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** `Thu 3 Dec`, or `Thu 3 Dec 2026` with `withYear` (`EEE d MMM yyyy`): a day standing alone. */
export function formatWeekdayDay(day: string, withYear = false): string {
  const date = parseDay(day);
  return `${WEEKDAY_NAMES[date.getUTCDay()]!.slice(0, 3)} ${shortDay(date, withYear)}`;
}

/** `Thu 3 Dec, 19:30` (`EEE d MMM, HH:mm`): a day and a time on the plan's clock. */
export function formatDayTime(day: string, clock: string, withYear = false): string {
  return `${formatWeekdayDay(day, withYear)}, ${clock}`;
}

/**
 * `Thu 3 Dec 2026, 21:45`: an instant (ms since the epoch, or an ISO text) on this computer's
 * clock, for when something happened (a backup made, a calendar read). Null when the text is
 * not a time.
 */
export function formatMoment(instant: number | string): string | null {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDayTime(localDay(date), `${pad(date.getHours())}:${pad(date.getMinutes())}`, true);
}

/** `15 Mar`, or `15 Mar 2027` with `withYear` (`d MMM yyyy`): a day inside a range or an axis. */
export function formatShortDay(day: string, withYear = false): string {
  return shortDay(parseDay(day), withYear);
}

/** `Monday 30 November 2026` (`EEEE d MMMM yyyy`): a day spelled out, for accessible names. */
export function formatLongDay(day: string): string {
  const date = parseDay(day);
  return `${WEEKDAY_NAMES[date.getUTCDay()]} ${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${year(date)}`;
}

/** `12 Jan – 3 Mar` (one day alone when they match); `withYear` writes a shared year once, at the end. */
export function formatShortRange(start: string, end: string, withYear = false): string {
  if (start === end) return formatShortDay(start, withYear);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return `${formatShortDay(start, withYear && !sameYear)} – ${formatShortDay(end, withYear)}`;
}

/** `December 2026` (`MMMM yyyy`) for `2026-12`. */
export function formatMonthTitle(month: string): string {
  const date = parseMonth(month);
  return `${MONTH_NAMES[date.getUTCMonth()]} ${year(date)}`;
}

/** `Dec`, or `Dec 2026` with `withYear` (`MMM yyyy`): a month on a timeline axis. */
export function formatShortMonth(month: string, withYear = false): string {
  const date = parseMonth(month);
  const name = MONTH_NAMES[date.getUTCMonth()]!.slice(0, 3);
  return withYear ? `${name} ${year(date)}` : name;
}

/** `30 Nov – 6 Dec 2026` for any day of that week; months and years only where they differ. */
export function formatWeekTitle(day: string): string {
  const [first, last] = [parseDay(startOfWeek(day)), parseDay(addDays(startOfWeek(day), 6))];
  const end = shortDay(last, true);
  if (first.getUTCFullYear() !== last.getUTCFullYear()) return `${shortDay(first, true)} – ${end}`;
  if (first.getUTCMonth() !== last.getUTCMonth()) return `${shortDay(first, false)} – ${end}`;
  return `${first.getUTCDate()} – ${end}`;
}

// A plan day read as midnight UTC: its UTC fields are the day's own, whatever the machine's zone.
function parseDay(day: string): Date {
  if (!DAY_PATTERN.test(day)) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`);
  return new Date(dayNumber(day) * DAY_MS);
}

function parseMonth(month: string): Date {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

/** `15 Mar`, or `15 Mar 2027`. */
function shortDay(date: Date, withYear: boolean): string {
  const text = `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]!.slice(0, 3)}`;
  return withYear ? `${text} ${year(date)}` : text;
}

/** The year in four digits at least, as `yyyy` writes it. */
function year(date: Date): string {
  return String(date.getUTCFullYear()).padStart(4, '0');
}
