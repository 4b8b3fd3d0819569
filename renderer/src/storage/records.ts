import type {
  BackupData,
  BackupItemState,
  BackupMetaEntry,
  BackupNote,
  BackupPlan,
  BackupRoadmap,
  BackupRoadmapEdits,
  BackupSessionLogEntry,
  BackupTopicState,
  RoadmapData,
} from '../domain';

/**
 * The rows each table holds: exactly the rows a backup file holds, defined once by the
 * domain's backup schemas (`domain/backup-schema.ts`, where each field is described). Only
 * their types come here, so zod stays off the start-up path.
 */

/** A topic's status; key `[roadmapId+topicId]`. */
export type TopicStateRecord = BackupTopicState;

/** Whether one checklist item is ticked; key `[roadmapId+topicId+itemId]`. */
export type ItemStateRecord = BackupItemState;

/** The user's own note on a topic; key `[roadmapId+topicId]`. Never empty: an empty note is no row. */
export type NoteRecord = BackupNote;

/** A roadmap's study plan; key `id` (one plan per roadmap, found by `roadmapId`). */
export type PlanRecord = BackupPlan;

/** One logged session (done or missed), as it was planned; key `++id`, one row per session id. */
export type SessionLogRecord = BackupSessionLogEntry;

/**
 * One of the user's busy calendars: an .ics file's text as last read, and on the desktop its
 * path; key `id`, found by `roadmapId`.
 */
export type BusyCalendarRecord = BackupData['busyCalendars'][number];

/**
 * A roadmap the user imported: its file as it was, and its parsed form (so opening it needs
 * no parsing); key `id`.
 */
export type RoadmapRecord = BackupRoadmap & { data: RoadmapData };

/** The user's prerequisite edits over one roadmap (built-in or imported); key `roadmapId`. */
export type RoadmapEditsRecord = BackupRoadmapEdits;

/**
 * One rating of a topic (spaced review); key `++id`, found by `roadmapId` and
 * `[roadmapId+topicId]`. A topic's first row is its rating when it was marked done (Good
 * unless the user said otherwise), each later one a review. Storage writes `at` as UTC with a
 * `Z` (`toISOString()`, like every instant it stores); its plan day is read in the plan's zone.
 */
export type ReviewLogRecord = BackupData['reviewLog'][number];

/**
 * A topic's review card (the domain's `ReviewCard`: when it is due, FSRS's memory state), as
 * its ratings in the review log replay to; key `[roadmapId+topicId]`.
 */
export type ReviewCardRecord = BackupData['reviewCards'][number];

/** What the calendar export dialog last exported a plan with; key `planId`, found by `roadmapId`. */
export type ExportChoicesRecord = BackupData['exportChoices'][number];

/** Small app-wide values (flags, settings, leftovers of upgrades); key `key`. */
export type MetaRecord = BackupMetaEntry;
