import { addDays, clockToMinutes } from '../../domain';
import type { MinuteSpan } from '../../domain';

/** Time the user's own calendars hold: UTC ISO instants. */
export type BusyInterval = { start: string; end: string; summary?: string };

/** Catch-up time the plan keeps free: ISO 8601 with the plan zone's offset. */
export type ReserveBlock = { start: string; end: string; minutes: number };

/** A busy or reserve stretch within one day, as a calendar day draws it. */
export type DayMark = MinuteSpan & {
  kind: 'busy' | 'reserve';
  /** A reserve's own minutes (it may be cut at midnight); a busy stretch's length. */
  minutes: number;
  /** `Busy 19:00–20:00`, `Busy all day`, `Reserve · 45 min`: what it says and is called. */
  label: string;
  /** The whole day: drawn behind the day rather than as a block. */
  allDay: boolean;
  /** The event's own summary, for a tooltip. */
  summary?: string | undefined;
};

const DAY_MINUTES = 24 * 60;

/**
 * Busy intervals cut into the plan days they cover, on the plan zone's clock (`timeZone`, or
 * this computer's when absent), each day's marks in time order.
 */
export function busyByDay(
  busy: readonly BusyInterval[],
  timeZone: string | undefined,
): Map<string, DayMark[]> {
  const byDay = new Map<string, DayMark[]>();
  const clock = zoneClock(timeZone);
  for (const interval of busy) {
    const from = clock(interval.start);
    const to = clock(interval.end);
    if (from === null || to === null) continue;
    // A stretch ending at midnight belongs to the day before.
    const last = to.minutes === 0 && to.date > from.date ? addDays(to.date, -1) : to.date;
    for (let day = from.date; day <= last; day = addDays(day, 1)) {
      const start = day === from.date ? from.minutes : 0;
      const end = day === to.date ? to.minutes : DAY_MINUTES;
      if (end <= start) continue;
      const allDay = start === 0 && end === DAY_MINUTES;
      push(byDay, day, {
        kind: 'busy',
        minutes: end - start,
        from: start,
        to: end,
        allDay,
        label: allDay ? 'Busy all day' : `Busy ${clockText(start)}–${clockText(end)}`,
        summary: interval.summary,
      });
    }
  }
  return sorted(byDay);
}

/** Reserve blocks on their plan days; the times are the plan zone's, as written. */
export function reserveByDay(reserve: readonly ReserveBlock[]): Map<string, DayMark[]> {
  const byDay = new Map<string, DayMark[]>();
  for (const block of reserve) {
    const day = block.start.slice(0, 10);
    const from = clockToMinutes(block.start.slice(11, 16));
    // Past midnight the block is cut off, as sessions are.
    const to = block.end.slice(0, 10) === day ? clockToMinutes(block.end.slice(11, 16)) : DAY_MINUTES;
    push(byDay, day, {
      kind: 'reserve',
      minutes: block.minutes,
      from,
      to: Math.max(to, from + 1),
      allDay: false,
      label: `Reserve · ${block.minutes} min`,
    });
  }
  return sorted(byDay);
}

/** `19:00` for 1140 minutes; `24:00` for the end of the day. */
export function clockText(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

type WallClock = { date: string; minutes: number };

/** Reads UTC instants on `timeZone`'s wall clock (this computer's when absent). */
function zoneClock(timeZone: string | undefined): (instant: string) => WallClock | null {
  const options = {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  } as const;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', { ...options, timeZone });
  } catch {
    // A zone this runtime does not know: the computer's clock rather than no calendar at all.
    format = new Intl.DateTimeFormat('en-CA', options);
  }
  return (instant) => {
    const time = Date.parse(instant);
    if (Number.isNaN(time)) return null;
    const parts = Object.fromEntries(format.formatToParts(time).map((p) => [p.type, p.value]));
    return {
      date: `${parts['year']}-${parts['month']}-${parts['day']}`,
      minutes: Number(parts['hour']) * 60 + Number(parts['minute']),
    };
  };
}

function push(byDay: Map<string, DayMark[]>, day: string, mark: DayMark): void {
  const list = byDay.get(day);
  if (list) list.push(mark);
  else byDay.set(day, [mark]);
}

function sorted(byDay: Map<string, DayMark[]>): Map<string, DayMark[]> {
  for (const marks of byDay.values()) marks.sort((a, b) => a.from - b.from || a.to - b.to);
  return byDay;
}
