export { PictureExportDialog } from './PictureExportDialog';
