export { ImportRoadmapDialog } from './ImportRoadmapDialog';
export { RemoveRoadmapDialog } from './RemoveRoadmapDialog';
export { exportRoadmapMarkdown } from './export-roadmap-markdown';
export type { OpenRoadmapFile } from './useRoadmapImport';
