import { lazy } from 'react';

// The Progress view loads when first shown.
export const ProgressView = lazy(() => import('./ProgressView').then((m) => ({ default: m.ProgressView })));
export { ProgressCascade } from './ProgressCascade';
export { useTopicProgress } from './useTopicProgress';
export type { CascadeRequest, TopicProgress } from './useTopicProgress';
