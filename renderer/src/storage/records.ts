import type { TopicId, TopicStatus } from '../domain';

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

/** Placeholder for the plan settings a later issue fills in; key `id`. */
export type PlanRecord = {
  id: string;
  roadmapId: string;
  createdAt: string;
};

/** Placeholder for the session log (done, missed, pinned) a later issue fills in; key `++id`. */
export type SessionLogRecord = {
  id: number;
  roadmapId: string;
  loggedAt: string;
};

/** Small app-wide values (flags, settings, leftovers of upgrades); key `key`. */
export type MetaRecord = {
  key: string;
  value: unknown;
};
