import './zod-setup';
import { z } from 'zod';

const utcInstant = z.iso.datetime();
const calendarDay = z.iso.date();

const historyEventSchema = z
  .object({
    /** The SEQUENCE last written for the event. */
    sequence: z.number().int().min(0),
    /** Hash of everything a calendar shows for the event: a change means a higher SEQUENCE. */
    fingerprint: z.string().min(1),
    /** UTC instants (`…Z`); calendar days (`YYYY-MM-DD`, end exclusive) for all-day events. */
    start: z.string(),
    end: z.string(),
    /**
     * The plan day of a session or review day: a weeks export cancels only what was planned
     * inside its weeks. Absent in histories written before it was kept.
     */
    day: calendarDay.optional(),
    summary: z.string(),
    allDay: z.boolean().optional(),
  })
  .refine(
    (event) => {
      const format = event.allDay ? calendarDay : utcInstant;
      return format.safeParse(event.start).success && format.safeParse(event.end).success;
    },
    { message: 'start and end must be UTC instants, or days for an all-day event', path: ['start'] },
  );

/**
 * What the last calendar export of a plan wrote, kept per plan by the app: the next export
 * raises SEQUENCE only for events that changed and cancels the ones that are gone.
 */
export const icsExportHistorySchema = z.object({
  planId: z.string().min(1),
  /** When the export that wrote this history ran (ISO, UTC). */
  exportedAt: utcInstant,
  /** Live events by UID. */
  events: z.record(z.string().min(1), historyEventSchema),
  /**
   * Last SEQUENCE of UIDs exported once as cancelled and then dropped from `events`: should
   * the same work come back, its event must outrank the cancellation or calendars ignore it.
   */
  retired: z.record(z.string().min(1), z.number().int().min(0)).default({}),
});

/** The export history of one plan (see `icsExportHistorySchema`). */
export type IcsExportHistory = z.infer<typeof icsExportHistorySchema>;

/** One exported event as the history remembers it. */
export type IcsHistoryEvent = z.infer<typeof historyEventSchema>;

export type ParseIcsExportHistoryResult =
  { ok: true; history: IcsExportHistory } | { ok: false; message: string };

/** Validates a stored export history; a refusal names the first bad field's path. */
export function parseIcsExportHistory(value: unknown): ParseIcsExportHistoryResult {
  const result = icsExportHistorySchema.safeParse(value);
  if (result.success) return { ok: true, history: result.data };
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String).join('.');
  return { ok: false, message: path === '' ? issue.message : `${path}: ${issue.message}` };
}
