export { ProgressCascade } from './ProgressCascade';
export { ProgressView } from './ProgressView';
export { useTopicProgress } from './useTopicProgress';
export type { CascadeRequest, TopicProgress } from './useTopicProgress';
