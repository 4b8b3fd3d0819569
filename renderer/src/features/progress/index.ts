export { CascadeDialog } from './CascadeDialog';
export { ConfirmDialog } from './ConfirmDialog';
export { ProgressView } from './ProgressView';
