export { openPlannerDatabase, PLANNER_DATABASE_NAME, PlannerDatabase } from './database';
export {
  CURRENT_SCHEMA_VERSION,
  PLACEHOLDER_ROWS_KEY,
  schemaHistory,
  UNREADABLE_PREVIEW_ROWS_KEY,
} from './schema';
export type { SchemaVersion } from './schema';
export type {
  BusyCalendarRecord,
  ExportChoicesRecord,
  ItemStateRecord,
  MetaRecord,
  NoteRecord,
  PlanRecord,
  ReviewCardRecord,
  ReviewLogRecord,
  RoadmapEditsRecord,
  RoadmapRecord,
  SessionLogRecord,
  TopicStateRecord,
} from './records';
// Writes are not exported: every change goes through the action channel (./actions).
export { readProgress } from './progress-repository';
export type { ItemCheckChange, Progress, TopicStatusChange } from './progress-repository';
export type { ProgressSnapshot, ResetOptions } from './progress-reset';
export { useProgress } from './useProgress';
export { describeStorageError, storageErrorMessages } from './storage-errors';
export { requestPersistentStorage } from './persistent-storage';
export type { PersistentStorageManager } from './persistent-storage';
export { exportBackupData, KEPT_ASIDE_KEY_PREFIX, readBackupFile } from './backup-repository';
export type { DatabaseDump, ImportBackupResult, KeptAsideRecordValue } from './backup-repository';
export { readPlanState } from './plan-repository';
export type { PlanState, SessionsInForce } from './plan-repository';
export type { LogUndo } from './session-log-repository';
export { usePlanState } from './usePlanState';
export { SETTING_KEYS, useFlag } from './settings';
export type { SettingKey } from './settings';
export { setPreference } from './actions/settings-actions';
export { icsHistoryKey, readIcsHistory, writeIcsHistory } from './ics-history-repository';
export { readExportChoices } from './export-choices-repository';
export { useExportChoices } from './useExportChoices';
export { rememberExportChoices } from './actions/export-actions';
export { ActionChannel } from './action-channel';
export type { ChannelState } from './action-channel';
export type { Action, Done } from './actions/done';
export { setNoteText, setProgress } from './actions/progress-actions';
export { warmUpWrites } from './warm-up-writes';
export type { ProgressChange } from './actions/progress-actions';
export { logStudySession, replan, savePlan, setEstimate } from './actions/plan-actions';
export { resetRoadmapProgress, restoreBackup } from './actions/data-actions';
export { ActionChannelContext, useActionChannel, useChannelState, useDatabase } from './useActionChannel';
export { readBusyCalendars } from './busy-calendar-repository';
export { useBusyCalendarRecords } from './useBusyCalendarRecords';
export { addBusyCalendar, refreshBusyCalendars, removeBusyCalendar } from './actions/busy-calendar-actions';
export type { BusyCalendarUpdate, NewBusyCalendar } from './actions/busy-calendar-actions';
export {
  CURRENT_ROADMAP_KEY,
  listRoadmaps,
  readCurrentRoadmapId,
  readRoadmap,
  readRoadmapEdits,
} from './roadmap-repository';
export type { RoadmapListEntry } from './roadmap-repository';
export {
  importRoadmap,
  openRoadmapById,
  removeRoadmap,
  setPrerequisiteEdits,
} from './actions/roadmap-actions';
export { useRoadmapList } from './useRoadmapList';
export { NO_CALENDAR_SYNC, readCalendarSync } from './calendar-sync-repository';
export type { CalendarSyncState, DeletedSession, SyncCalendarChoice } from './calendar-sync-repository';
export { useCalendarSync } from './useCalendarSync';
export {
  answerDeletedSession,
  changeCalendarSync,
  recordCalendarSync,
  unpinSession,
} from './actions/calendar-sync-actions';
export { useReviewLog } from './useReviewLog';
export { useReviewCards } from './useReviewCards';
export { changeFinishRating, rateTopic } from './actions/review-actions';
