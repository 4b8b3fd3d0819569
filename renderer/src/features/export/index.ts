import { lazy } from 'react';

// The export dialog loads when first opened.
export const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));
