import { isCalendarDate } from '../../renderer/src/domain';

const INSTANT = /^(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,9})?)?(?:(Z)|([+-])(\d\d):(\d\d))$/;

/**
 * The instant an ISO 8601 time with an offset names (`2026-12-01T19:30:00+01:00`, `…Z`), in
 * ms; null for anything else. Stricter than `Date.parse`, which takes 30 February and 24:00
 * and reads a time without an offset on the computer's clock.
 */
export function parseInstant(text: string): number | null {
  const match = INSTANT.exec(text);
  if (!match) return null;
  const [, date, hours, minutes, seconds = '00', zulu, , offsetHours = '00', offsetMinutes = '00'] = match;
  if (!isCalendarDate(date!)) return null;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;
  if (!zulu && (Number(offsetHours) > 18 || Number(offsetMinutes) > 59)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}
