import { DAY_MS } from './calendar-day';
import { clockToMinutes } from './clock';
import { breakMinutesOf } from './plan';
import type { Plan } from './plan';
import { sundayOf, weekdayOf } from './schedule-days';
import { MINUTE_MS, wallClockInstant } from './schedule-zone';
import type { OffsetAt } from './schedule-zone';

/** A span of time in ms since the epoch, `end` excluded. */
export type Span = { start: number; end: number };

/** Whether placing work may use a day's ordinary study time, its reserve, or both. */
export type TimeKind = 'free' | 'reserve' | 'any';

/**
 * One plan day's study time: its window (from the weekday's start time, as many minutes as
 * the weekday offers) less busy time, logged sessions and the past.
 */
type StudyDay = {
  day: number;
  window: Span;
  /** Where sessions may lie: the window less busy time, time taken and the past. */
  open: Span[];
  /** Sessions near the window, taken or claimed, merged in time order: each keeps a break around it. */
  sessions: Span[];
  /** Unclaimed spans in time order: `open` less the sessions and the breaks around them. */
  free: Span[];
  /** Minutes the day may still give: its availability less logged and claimed minutes. */
  budget: number;
  /** Free time at or after this instant is reserve (catch-up time); Infinity when none. */
  reserveFrom: number;
  /** Ordinary (not reserve) minutes the day offered when built. */
  capacity: number;
};

/** Default share of each week's study time kept as reserve. */
export const DEFAULT_RESERVE_PERCENT = 10;

export type TimelineInput = {
  plan: Pick<Plan, 'availability' | 'sessionStart' | 'blackoutDates'> & {
    reservePercent?: number | undefined;
    breakMinutes?: number | undefined;
  };
  offsetAt: OffsetAt;
  startDay: number;
  /** Nothing is placed before this instant. */
  now: number;
  /** Merged busy spans, in time order. */
  busy: readonly Span[];
  /**
   * Time already taken (logged sessions, sessions kept in the past, pins), merged, in time
   * order: sessions too, so a planned one keeps its break from them.
   */
  taken: readonly Span[];
  /** Minutes logged per plan day: they use up the day's availability wherever they lie. */
  takenMinutes: ReadonlyMap<number, number>;
};

/**
 * The study time of the plan's days, built a week at a time as placement reaches it: per
 * day its free spans and budget, and per week a reserve (`reservePercent` of the week's
 * study time) kept at the end of the week's last study days. Two sessions of a day keep the
 * plan's break between them (`breakMinutes`): the break is no session's time, so it comes
 * out of the window, not the budget. Busy time and the day's start need no break.
 */
export class Timeline {
  private readonly days: StudyDay[] = [];
  private lastWindowEnd = Number.NEGATIVE_INFINITY;
  private busyAt = 0;
  /** Every day before it has no room left (a hint: placement skips them at no cost). */
  private openFrom: number;
  private takenAt = 0;
  private readonly blackout: Set<number>;
  private readonly reserveShare: number;
  /** The break between two sessions of a day, in ms. */
  readonly breakMs: number;

  constructor(private readonly input: TimelineInput) {
    this.blackout = new Set(input.plan.blackoutDates.map((date) => Date.parse(`${date}T00:00:00Z`) / DAY_MS));
    this.reserveShare = (input.plan.reservePercent ?? DEFAULT_RESERVE_PERCENT) / 100;
    this.breakMs = breakMinutesOf(input.plan) * MINUTE_MS;
    this.openFrom = input.startDay;
  }

  /** The first day at or after `day` (and not after `limit`) that has any room left. */
  nextOpenDay(day: number, limit: number): number {
    if (day < this.openFrom) day = this.openFrom;
    if (day === this.openFrom) {
      while (this.openFrom <= limit && this.roomLeft(this.openFrom) === 0) this.openFrom++;
      return this.openFrom;
    }
    return day;
  }

  /** The first plan day. */
  get startDay(): number {
    return this.input.startDay;
  }

  /** The study day `day` (building the weeks up to it). */
  private at(day: number): StudyDay {
    while (this.input.startDay + this.days.length <= day) this.buildWeek();
    return this.days[day - this.input.startDay]!;
  }

  /** Builds the days up to the end of the next week (Monday to Sunday) and carves its reserve. */
  private buildWeek(): void {
    const first = this.input.startDay + this.days.length;
    const sunday = sundayOf(first);
    const week: { day: StudyDay; usable: number }[] = [];
    for (let day = first; day <= sunday; day++) {
      const built = this.buildDay(day);
      this.days.push(built.day);
      week.push(built);
    }
    let reserve = Math.round(week.reduce((sum, d) => sum + d.usable, 0) * this.reserveShare);
    for (let i = week.length - 1; i >= 0 && reserve > 0; i--) {
      const { day } = week[i]!;
      const take = Math.min(reserve, day.budget, spanMinutes(day.free));
      if (take <= 0) continue;
      day.reserveFrom = instantBeforeEnd(day.free, take);
      reserve -= take;
    }
    for (const { day } of week) day.capacity = ordinaryMinutes(day);
  }

  private buildDay(day: number): { day: StudyDay; usable: number } {
    const { plan, offsetAt, now, busy, taken, takenMinutes } = this.input;
    const weekday = weekdayOf(day);
    const minutes = this.blackout.has(day) ? 0 : plan.availability[weekday];
    const start = Math.max(
      wallClockInstant(day, clockToMinutes(plan.sessionStart[weekday]), offsetAt),
      this.lastWindowEnd,
    );
    const window = { start, end: start + minutes * MINUTE_MS };
    if (minutes > 0) this.lastWindowEnd = window.end;
    while (this.busyAt < busy.length && busy[this.busyAt]!.end <= window.start) this.busyAt++;
    // Taken time up to a break before the window still keeps its break from the window's sessions.
    const gap = this.breakMs;
    while (this.takenAt < taken.length && taken[this.takenAt]!.end + gap <= window.start) this.takenAt++;
    const sessions: Span[] = [];
    for (let i = this.takenAt; i < taken.length && taken[i]!.start < window.end + gap; i++)
      sessions.push(taken[i]!);
    const inWindow = subtract(subtract([window], busy, this.busyAt), sessions, 0);
    const budget = Math.max(0, minutes - (takenMinutes.get(day) ?? 0));
    // The reserve is a share of the whole week, the past included, so it stays put all week.
    const usable = Math.min(budget, spanMinutes(inWindow));
    const open = subtract(inWindow, [{ start: Number.NEGATIVE_INFINITY, end: now }], 0);
    const free = gap === 0 ? open : subtract(open, withBreaks(sessions, gap), 0);
    return {
      day: { day, window, open, sessions, free, budget, reserveFrom: Number.POSITIVE_INFINITY, capacity: 0 },
      usable,
    };
  }

  /** The plan day whose study window holds `instant`, or null. */
  dayOf(instant: number, nearDay: number): number | null {
    for (const day of [nearDay - 1, nearDay]) {
      if (day < this.input.startDay) continue;
      const { window } = this.at(day);
      if (window.start <= instant && instant < window.end) return day;
    }
    return null;
  }

  /** When `day`'s study window starts. */
  windowStart(day: number): number {
    return this.at(day).window.start;
  }

  /**
   * A quick upper bound on the minutes `day` could still give, without building its spans:
   * placement skips days that cannot hold the shortest piece it would make.
   */
  roomLeft(day: number): number {
    const studyDay = this.at(day);
    return studyDay.budget > 0 && studyDay.free.length > 0 ? studyDay.budget : 0;
  }

  /**
   * True when `span` lies in one free span of `day` and the day's budget allows it. With
   * `closeBy`, a session may stand closer than the break to the day's other sessions (the
   * plan in force as it stands, made before the break changed), never over them.
   */
  fits(day: number, span: Span, closeBy = false): boolean {
    const studyDay = this.at(day);
    const minutes = (span.end - span.start) / MINUTE_MS;
    if (minutes > studyDay.budget) return false;
    const within = (spans: readonly Span[]) => spans.some((f) => f.start <= span.start && span.end <= f.end);
    if (!closeBy) return within(studyDay.free);
    return within(studyDay.open) && !studyDay.sessions.some((s) => s.start < span.end && span.start < s.end);
  }

  /**
   * The free spans of `day` of a kind, clipped to [from, to), and the minutes the day can
   * still give to that kind (ordinary time leaves the reserve's minutes of the budget alone).
   */
  spans(day: number, kind: TimeKind, from: number, to: number): { spans: Span[]; budget: number } {
    const studyDay = this.at(day);
    const { reserveFrom } = studyDay;
    const lo = kind === 'reserve' ? Math.max(from, reserveFrom) : from;
    const hi = kind === 'free' ? Math.min(to, reserveFrom) : to;
    const spans: Span[] = [];
    for (const span of studyDay.free) {
      const start = Math.max(span.start, lo);
      const end = Math.min(span.end, hi);
      if (start < end) spans.push({ start, end });
    }
    let reserveLeft = 0;
    if (kind === 'free' && reserveFrom !== Number.POSITIVE_INFINITY) {
      for (const span of studyDay.free)
        reserveLeft += Math.max(0, span.end - Math.max(span.start, reserveFrom));
      reserveLeft /= MINUTE_MS;
    }
    return { spans, budget: Math.max(0, studyDay.budget - reserveLeft) };
  }

  /** Marks `span` of `day` as a session: it and the breaks around it are used. */
  claim(day: number, span: Span): void {
    const studyDay = this.at(day);
    studyDay.sessions = mergeSpans([...studyDay.sessions, span]);
    const gap = this.breakMs;
    studyDay.free = subtract(studyDay.free, [{ start: span.start - gap, end: span.end + gap }], 0);
    studyDay.budget -= (span.end - span.start) / MINUTE_MS;
  }

  /** Gives `span` of `day` back (a kept session, or its end, that no longer stays), with its breaks. */
  release(day: number, span: Span): void {
    const studyDay = this.at(day);
    this.openFrom = Math.min(this.openFrom, day);
    studyDay.sessions = subtract(studyDay.sessions, [span], 0);
    // A neighbour's break may overlap this session's: the free time is worked out again.
    studyDay.free = subtract(studyDay.open, withBreaks(studyDay.sessions, this.breakMs), 0);
    studyDay.budget += (span.end - span.start) / MINUTE_MS;
  }

  /** Minutes of ordinary (not reserve) time `day` offered before anything was placed. */
  capacity(day: number): number {
    return this.at(day).capacity;
  }

  /** The unclaimed reserve of the days built so far up to `lastDay`, in time order. */
  reserveUntil(lastDay: number): Span[] {
    const spans: Span[] = [];
    for (const studyDay of this.days) {
      if (studyDay.day > lastDay) break;
      spans.push(...clip(studyDay.free, studyDay.reserveFrom));
    }
    return spans;
  }
}

/** A day's ordinary minutes: its budget, within its free time before the reserve. */
function ordinaryMinutes(day: StudyDay): number {
  const before = day.free.map((s) => ({ start: s.start, end: Math.min(s.end, day.reserveFrom) }));
  return Math.min(day.budget, spanMinutes(before));
}

/** Total minutes of spans. */
function spanMinutes(spans: readonly Span[]): number {
  return spans.reduce((sum, s) => sum + Math.max(0, s.end - s.start), 0) / MINUTE_MS;
}

/** The parts of `spans` at or after `from`. */
function clip(spans: readonly Span[], from: number): Span[] {
  return spans.filter((s) => s.end > from).map((s) => ({ start: Math.max(s.start, from), end: s.end }));
}

/** The instant `minutes` of free time before the end of `spans`. */
function instantBeforeEnd(spans: readonly Span[], minutes: number): number {
  let left = minutes * MINUTE_MS;
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i]!;
    const length = span.end - span.start;
    if (length >= left) return span.end - left;
    left -= length;
  }
  return spans[0]?.start ?? Number.POSITIVE_INFINITY;
}

/** `spans` less the sorted, disjoint `cut` (read from index `from`). */
function subtract(spans: readonly Span[], cut: readonly Span[], from: number): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    for (let i = from; i < cut.length && cut[i]!.start < span.end; i++) {
      const c = cut[i]!;
      if (c.end <= start) continue;
      if (c.start > start) out.push({ start, end: c.start });
      start = Math.max(start, c.end);
      if (start >= span.end) break;
    }
    if (start < span.end) out.push({ start, end: span.end });
  }
  return out;
}

/** Sorted sessions widened by `gap` on each side and merged: the time they and their breaks take. */
function withBreaks(sessions: readonly Span[], gap: number): Span[] {
  return gap === 0
    ? [...sessions]
    : mergeSpans(sessions.map((s) => ({ start: s.start - gap, end: s.end + gap })));
}

/** Sorts and merges spans that overlap or touch. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}
