export { TopicPanel } from './TopicPanel';
