/** The statuses a user gives a topic, in the order people read them. */
export const TOPIC_STATUSES = ['todo', 'doing', 'done', 'skipped'] as const;

/** `todo` | `doing` | `done` | `skipped`. */
export type TopicStatus = (typeof TOPIC_STATUSES)[number];

/** Whether a value (from a file, a database row, a key press) is a topic status. */
export function isTopicStatus(value: unknown): value is TopicStatus {
  return typeof value === 'string' && (TOPIC_STATUSES as readonly string[]).includes(value);
}

/** Done or skipped: nothing left to study, and it no longer holds back what depends on it. */
export function isFinished(status: TopicStatus): boolean {
  return status === 'done' || status === 'skipped';
}

const LABELS = {
  todo: { label: 'Not started', key: 'N' },
  doing: { label: 'In progress', key: 'I' },
  done: { label: 'Done', key: 'D' },
  skipped: { label: 'Skipped', key: 'S' },
} as const satisfies Record<TopicStatus, { label: string; key: string }>;

/** The four statuses as people read them, in order, with the key that sets each. */
export const TOPIC_STATUS_CHOICES: readonly { status: TopicStatus; label: string; key: string }[] =
  TOPIC_STATUSES.map((status) => ({ status, ...LABELS[status] }));

/** A status as people read it: "Not started", "In progress", "Done", "Skipped". */
export function statusLabel(status: TopicStatus): string {
  return LABELS[status].label;
}
