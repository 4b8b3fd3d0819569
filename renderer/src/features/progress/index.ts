export { CascadeDialog } from './CascadeDialog';
export { ConfirmDialog } from './ConfirmDialog';
export { ProgressView } from './ProgressView';
export { BackupSummaryList } from './BackupSummaryList';
export { useModalDialog } from './useModalDialog';
