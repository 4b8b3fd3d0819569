import type { PlanSettings, SessionOutcome, TopicId, TopicStatus } from '../domain';

/**
 * The rows each table holds. Roadmaps are keyed by their content id (`fastapi` for the
 * built-in one) and topics by their slug, so a content edit that keeps a title keeps the
 * user's progress. Times are ISO 8601 strings in UTC: they sort as text and survive JSON
 * backups unchanged.
 */

/** A topic's status; key `[roadmapId+topicId]`. */
export type TopicStateRecord = {
  roadmapId: string;
  topicId: TopicId;
  status: TopicStatus;
  updatedAt: string;
};

/** Whether one checklist item is ticked; key `[roadmapId+topicId+itemId]`. */
export type ItemStateRecord = {
  roadmapId: string;
  topicId: TopicId;
  itemId: string;
  checked: boolean;
  updatedAt: string;
};

/** The user's own note on a topic; key `[roadmapId+topicId]`. Never empty: an empty note is no row. */
export type NoteRecord = {
  roadmapId: string;
  topicId: TopicId;
  text: string;
  updatedAt: string;
};

/**
 * A roadmap's study plan; key `id` (one plan per roadmap, found by `roadmapId`). The id is
 * random so that calendar UIDs of two plans never meet.
 */
export type PlanRecord = {
  id: string;
  roadmapId: string;
  settings: PlanSettings;
  /** The day the schedule in force was planned from (`YYYY-MM-DD`, the plan's zone). */
  replannedOn: string;
  /** When that happened: missed sessions logged after it wait for the next replan. */
  replannedAt: string;
  createdAt: string;
  updatedAt: string;
};

/** One logged session (done or missed), as it was planned; key `++id`, one row per session id. */
export type SessionLogRecord = {
  id: number;
  roadmapId: string;
  sessionId: string;
  topicId: TopicId;
  outcome: SessionOutcome;
  date: string;
  start: string;
  end: string;
  minutes: number;
  loggedAt: string;
};

/** Small app-wide values (flags, settings, leftovers of upgrades); key `key`. */
export type MetaRecord = {
  key: string;
  value: unknown;
};
