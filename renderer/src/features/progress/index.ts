export { CascadeDialog } from './CascadeDialog';
