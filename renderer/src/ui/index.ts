export { dismissAlert, dismissNotice, showAlert, showNotice, useAnnouncements } from './announcements';
export type { Announcements } from './announcements';
export { ConfirmDialog } from './ConfirmDialog';
export { phaseSlot } from './phase-slot';
export { Toast } from './Toast';
export { ModalDialog } from './ModalDialog';
export { ProblemDialog } from './ProblemDialog';
export { systemTimeZone } from './system-time-zone';
export { PinIcon } from './PinIcon';
