import type { TopicStatus } from './roadmap';

/** The four statuses as people read them, in order, with the key that sets each. */
export const TOPIC_STATUS_CHOICES: readonly { status: TopicStatus; label: string; key: string }[] = [
  { status: 'todo', label: 'Not started', key: 'N' },
  { status: 'doing', label: 'In progress', key: 'I' },
  { status: 'done', label: 'Done', key: 'D' },
  { status: 'skipped', label: 'Skipped', key: 'S' },
];
