import { lazy } from 'react';

// The window's views and dialogs that load when first shown, not with the first paint.

export const HelpDialog = lazy(() => import('./HelpDialog').then((m) => ({ default: m.HelpDialog })));
export const PlanPage = lazy(() => import('./PlanPage').then((m) => ({ default: m.PlanPage })));
export const SchedulePage = lazy(() => import('./SchedulePage').then((m) => ({ default: m.SchedulePage })));
export const ReviewPage = lazy(() => import('./ReviewPage').then((m) => ({ default: m.ReviewPage })));
// The picture export (and html-to-image with it) loads when first asked for.
export const PictureExportDialog = lazy(() =>
  import('../features/picture-export').then((m) => ({ default: m.PictureExportDialog })),
);
// Importing, removing and exporting roadmaps load when first asked for.
export const roadmapFiles = () => import('../features/roadmap-files');
export const ImportRoadmapDialog = lazy(() =>
  roadmapFiles().then((m) => ({ default: m.ImportRoadmapDialog })),
);
export const RemoveRoadmapDialog = lazy(() =>
  roadmapFiles().then((m) => ({ default: m.RemoveRoadmapDialog })),
);
export const ProblemDialog = lazy(() =>
  import('../ui/ProblemDialog').then((m) => ({ default: m.ProblemDialog })),
);
