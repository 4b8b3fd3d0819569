import './zod-setup';
import { z } from 'zod';
import { BACKUP_FORMAT, MAX_BUSY_CALENDAR_CHARS, READABLE_VERSIONS } from './backup-format';
import type { BackupTableName } from './backup-format';
import { MAX_EXPORT_WEEKS, MAX_REMINDER_MINUTES } from './ics-choices';
import type { IcsExportChoices } from './ics-choices';
import { calendarDateSchema, planSettingsSchema } from './plan-schema';
import type { ReviewCard } from './review-cards';
import { REVIEW_RATINGS } from './review-ratings';
import { MAX_ROADMAP_FILE_BYTES } from './roadmap-limits';
import { TOPIC_STATUSES } from './topic-status';

/**
 * The backup file's shape as zod schemas: the one definition of every stored row. Storage's
 * record types are these rows (`z.infer`, imported as types only, so zod stays off the
 * start-up path). Roadmaps are keyed by their content id (`fastapi` for the built-in one) and
 * topics by their slug, so a content edit that keeps a title keeps the user's progress. Times
 * are ISO 8601 strings in UTC: they sort as text and survive JSON backups unchanged.
 */

const id = z.string().min(1);
/** What storage writes: `Date.prototype.toISOString()`, UTC with a `Z`. */
const isoDateTime = z.iso.datetime();
/** A session's wall-clock time with its zone's offset, as the scheduler writes it. */
const zonedDateTime = z.iso.datetime({ offset: true });

/** A topic's status; key `[roadmapId+topicId]`. */
export const backupTopicStateSchema = z.strictObject({
  roadmapId: id,
  topicId: id,
  status: z.enum(TOPIC_STATUSES),
  updatedAt: isoDateTime,
});

/** Whether one checklist item is ticked; key `[roadmapId+topicId+itemId]`. */
export const backupItemStateSchema = z.strictObject({
  roadmapId: id,
  topicId: id,
  itemId: id,
  checked: z.boolean(),
  updatedAt: isoDateTime,
});

/** The user's own note on a topic; key `[roadmapId+topicId]`. */
export const backupNoteSchema = z.strictObject({
  roadmapId: id,
  topicId: id,
  // Any string: storage never writes an empty note (an empty note is no row), but a backup
  // must restore whatever it holds.
  text: z.string(),
  updatedAt: isoDateTime,
});

/** One planned session of the schedule in force, times with the plan zone's offset. */
const plannedSessionSchema = z.strictObject({
  id,
  topicId: id,
  start: zonedDateTime,
  end: zonedDateTime,
  minutes: z.int().min(0).max(1440),
});

/**
 * A roadmap's study plan; key `id` (one plan per roadmap, found by `roadmapId`). The id is
 * random so that calendar UIDs of two plans never meet.
 */
export const backupPlanSchema = z.strictObject({
  id,
  roadmapId: id,
  settings: planSettingsSchema,
  /** The day the schedule in force was planned from (`YYYY-MM-DD`, the plan's zone). */
  replannedOn: calendarDateSchema,
  /** When that happened: missed sessions logged after it wait for the next replan. */
  replannedAt: isoDateTime,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /**
   * The planned sessions in force (what the last save or replan planned), so a replan can keep
   * their times. Absent in plans saved before the living plan.
   */
  inForce: z.array(plannedSessionSchema).optional(),
});

/** One logged session (done or missed), as it was planned; key `++id`, one row per session id. */
export const backupSessionLogSchema = z.strictObject({
  id: z.int().positive(),
  roadmapId: id,
  sessionId: id,
  topicId: id,
  outcome: z.enum(['done', 'missed']),
  date: calendarDateSchema,
  start: zonedDateTime,
  end: zonedDateTime,
  minutes: z.int().min(0).max(1440),
  /** The topic's part count when the session was logged, so its label never changes. */
  parts: z.int().positive().max(100_000).optional(),
  loggedAt: isoDateTime,
});

/**
 * One of the user's busy calendars (an .ics file), kept whole so the plan works without the
 * file; key `id`, found by `roadmapId`.
 */
export const backupBusyCalendarSchema = z.strictObject({
  id,
  roadmapId: id,
  /** What the list shows: the file's name when it was added. */
  name: z.string().min(1).max(255),
  /** The .ics text as last read. */
  text: z.string().max(MAX_BUSY_CALENDAR_CHARS),
  /** Desktop only: where the file is, re-read on opening and on Refresh. */
  path: z.string().min(1).max(4096).optional(),
  addedAt: isoDateTime,
  /** When `text` was last read from the file. */
  refreshedAt: isoDateTime,
});

/** The formats a roadmap is imported from. */
export const ROADMAP_FORMATS = ['markdown', 'canvas'] as const;

/**
 * A roadmap the user imported, as its file was: key `id` (never `fastapi`, the built-in
 * one's). Storage keeps its parsed form beside it; a backup holds the file only and the
 * restore reads it again, so a backup cannot smuggle in a roadmap its source does not give.
 */
export const backupRoadmapSchema = z.strictObject({
  id,
  format: z.enum(ROADMAP_FORMATS),
  /** The file's name when it was (last) imported. */
  fileName: z.string().min(1).max(255),
  source: z.string().max(MAX_ROADMAP_FILE_BYTES),
  importedAt: isoDateTime,
  /** When the file was last imported again (re-import) or first imported. */
  updatedAt: isoDateTime,
});

/** The most prerequisites a user may add, or remove, on one roadmap. */
export const MAX_PREREQUISITE_EDITS = 20_000;

const prerequisiteSchema = z.strictObject({ from: id, to: id });

/**
 * The user's own prerequisites over a roadmap (drawn on the graph): added and removed arrows,
 * applied over the roadmap's own; key `roadmapId`.
 */
export const backupRoadmapEditsSchema = z.strictObject({
  roadmapId: id,
  added: z.array(prerequisiteSchema).max(MAX_PREREQUISITE_EDITS),
  removed: z.array(prerequisiteSchema).max(MAX_PREREQUISITE_EDITS),
  updatedAt: isoDateTime,
});

/**
 * One rating of a topic (spaced review): a topic's first row is its rating when it was
 * finished, each later one a review; key `++id`, found by `roadmapId` and
 * `[roadmapId+topicId]`.
 */
export const backupReviewLogSchema = z.strictObject({
  id: z.int().positive(),
  roadmapId: id,
  topicId: id,
  /** When it was rated: UTC with a `Z`, as storage writes every instant; its plan day is read in the plan's zone. */
  at: isoDateTime,
  rating: z.enum(REVIEW_RATINGS.map((r) => r.rating)),
});

const reviewCount = z.int().min(0).max(1_000_000);

/**
 * A topic's memory state after its ratings (the domain's `ReviewCard`): what the review log
 * replays to, kept so reading what is due needs no replay; key `[roadmapId+topicId]`.
 */
export const backupReviewCardSchema = z.strictObject({
  roadmapId: id,
  topicId: id,
  due: calendarDateSchema,
  lastReview: calendarDateSchema,
  scheduledDays: z.int().min(0).max(100_000),
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  reps: reviewCount,
  lapses: reviewCount,
}) satisfies z.ZodType<ReviewCard & { roadmapId: string }>;

/**
 * What the calendar export dialog last exported a plan with (the domain's `IcsExportChoices`):
 * the next export starts from it; key `planId`, found by `roadmapId`.
 */
export const backupExportChoicesSchema = z.strictObject({
  planId: id,
  roadmapId: id,
  range: z.enum(['all', 'weeks', 'phase']),
  weeks: z.int().min(1).max(MAX_EXPORT_WEEKS),
  phase: z.int().positive().max(1_000_000),
  milestones: z.boolean(),
  reminder: z.boolean(),
  reminderMinutes: z.int().min(0).max(MAX_REMINDER_MINUTES),
  updatedAt: isoDateTime,
}) satisfies z.ZodType<IcsExportChoices & { planId: string; roadmapId: string; updatedAt: string }>;

/** Small app-wide values (flags, settings, leftovers of upgrades); key `key`. Values are any JSON. */
export const backupMetaSchema = z.strictObject({
  key: id,
  value: z.unknown(),
});

/** A row moved out of its table because its roadmap has no such topic, with the table it came from. */
export const keptAsideRowSchema = z.discriminatedUnion('table', [
  z.strictObject({ table: z.literal('topicStates'), row: backupTopicStateSchema }),
  z.strictObject({ table: z.literal('itemStates'), row: backupItemStateSchema }),
  z.strictObject({ table: z.literal('notes'), row: backupNoteSchema }),
]);

/** One row of each table (and of `keptAside`). `satisfies` keeps these keys and BACKUP_TABLES the same list. */
export const backupRowSchemas = {
  topicStates: backupTopicStateSchema,
  itemStates: backupItemStateSchema,
  notes: backupNoteSchema,
  plans: backupPlanSchema,
  sessionLog: backupSessionLogSchema,
  busyCalendars: backupBusyCalendarSchema,
  roadmaps: backupRoadmapSchema,
  roadmapEdits: backupRoadmapEditsSchema,
  reviewLog: backupReviewLogSchema,
  reviewCards: backupReviewCardSchema,
  exportChoices: backupExportChoicesSchema,
  meta: backupMetaSchema,
  keptAside: keptAsideRowSchema,
} satisfies Record<BackupTableName | 'keptAside', z.ZodType>;

/** The stored data in a backup: every table's rows. */
export const backupDataSchema = z.strictObject({
  topicStates: z.array(backupRowSchemas.topicStates),
  itemStates: z.array(backupRowSchemas.itemStates),
  notes: z.array(backupRowSchemas.notes),
  plans: z.array(backupRowSchemas.plans).default([]),
  sessionLog: z.array(backupRowSchemas.sessionLog).default([]),
  busyCalendars: z.array(backupRowSchemas.busyCalendars).default([]),
  roadmaps: z.array(backupRowSchemas.roadmaps).default([]),
  roadmapEdits: z.array(backupRowSchemas.roadmapEdits).default([]),
  reviewLog: z.array(backupRowSchemas.reviewLog).default([]),
  reviewCards: z.array(backupRowSchemas.reviewCards).default([]),
  exportChoices: z.array(backupRowSchemas.exportChoices).default([]),
  meta: z.array(backupRowSchemas.meta).default([]),
  keptAside: z.array(backupRowSchemas.keptAside).optional(),
});

/** A whole backup file. */
export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(READABLE_VERSIONS),
  exportedAt: isoDateTime,
  appVersion: z.string().min(1),
  data: backupDataSchema,
});

export type BackupTopicState = z.infer<typeof backupTopicStateSchema>;
export type BackupItemState = z.infer<typeof backupItemStateSchema>;
export type BackupNote = z.infer<typeof backupNoteSchema>;
export type BackupPlan = z.infer<typeof backupPlanSchema>;
export type BackupSessionLogEntry = z.infer<typeof backupSessionLogSchema>;
export type BackupBusyCalendar = z.infer<typeof backupBusyCalendarSchema>;
export type BackupPlannedSession = z.infer<typeof plannedSessionSchema>;
export type BackupRoadmap = z.infer<typeof backupRoadmapSchema>;
export type BackupRoadmapEdits = z.infer<typeof backupRoadmapEditsSchema>;
export type BackupReviewLogEntry = z.infer<typeof backupReviewLogSchema>;
export type BackupReviewCard = z.infer<typeof backupReviewCardSchema>;
export type BackupExportChoices = z.infer<typeof backupExportChoicesSchema>;
export type BackupMetaEntry = z.infer<typeof backupMetaSchema>;
export type KeptAsideRow = z.infer<typeof keptAsideRowSchema>;
export type BackupData = z.infer<typeof backupDataSchema>;
export type Backup = z.infer<typeof backupSchema>;
