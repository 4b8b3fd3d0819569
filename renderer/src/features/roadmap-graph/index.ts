export { RoadmapGraph } from './RoadmapGraph';
export { useCentreTopic } from './useCentreTopic';
export { PhaseLegend } from './PhaseLegend';
export { focusTopicNode } from './focus-topic-node';
