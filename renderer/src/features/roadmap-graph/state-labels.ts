import type { TopicState } from '../../domain';

/** Words for each state, for descriptions and tooltips (the icon shows the same). */
export const STATE_LABELS: Readonly<Record<TopicState, string>> = {
  done: 'Done',
  doing: 'In progress',
  ready: 'Ready to start',
  locked: 'Locked: prerequisites open',
  skipped: 'Skipped',
};
