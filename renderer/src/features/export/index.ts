export { ExportDialog } from './ExportDialog';
export type { SavedCalendar } from './ExportDialog';
