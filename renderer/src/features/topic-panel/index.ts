export { TopicPanel } from './TopicPanel';
export { TOPIC_PANEL_INSET } from './panel-size';
