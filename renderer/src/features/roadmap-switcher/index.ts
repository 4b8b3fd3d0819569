export { RoadmapSwitcher } from './RoadmapSwitcher';
export type { RoadmapMenuActions } from './RoadmapSwitcher';
