import { lazy } from 'react';

// The panel loads when a topic is first opened: the graph's first paint does not wait for it.
export const TopicPanel = lazy(() => import('./TopicPanel').then((m) => ({ default: m.TopicPanel })));
export { TOPIC_PANEL_INSET } from './panel-size';
