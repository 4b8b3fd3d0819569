export type {
  ChecklistItem,
  DocLink,
  InlineSpan,
  Phase,
  Prerequisite,
  Problem,
  Roadmap,
  Section,
  Topic,
  TopicId,
  TopicStatus,
} from './roadmap';
export { slugify } from './slug';
export { buildRoadmap } from './build-roadmap';
export { findHiddenCharacters, withoutHiddenCharacters } from './hidden-characters';
export { formatCount } from './format-count';
export { inMessage } from './message-text';
export type { HiddenCharacter } from './hidden-characters';
export type { BuildResult, RoadmapSource, SourceFile } from './build-roadmap';
export { dependantsOf, findCycles, topologicalOrder } from './graph';
export { defaultLayoutOptions, layoutRoadmap } from './layout';
export type { Box, LayoutInput, LayoutOptions, RoadmapLayout, SectionBox, TopicBox } from './layout';
export { summariseRoadmap, toRoadmapJson } from './roadmap-json';
export type { RoadmapJson } from './roadmap-json';
export { formatProblem } from './problem';
export { searchTopics } from './search';
export type { SearchHit } from './search';
export { reviveRoadmap, toRoadmapData } from './roadmap-data';
export type { RoadmapData } from './roadmap-data';
export { joinParsedMarkdown, parseRoadmapMarkdownPart } from './parse-markdown';
export type { ParsedMarkdown } from './parse-markdown';
export { splitMarkdownAtSections } from './split-markdown';
export type { MarkdownPart } from './split-markdown';
export { checkMarkdownBudget, MARKDOWN_LIMITS } from './markdown-budget';
export { openRoadmapDocument } from './roadmap-document';
export type { RoadmapDocument } from './roadmap-document';
export { formatHours, formatMinutes, minutesToHours } from './hours';
export { reviewTimeIncluded } from './review-words';
// routeEdges and topicChain are imported on their own, after the first paint
// (features/roadmap-graph/useGraphElements.ts).
export { edgeId } from './graph';
export type { EdgeRoute, Point } from './edge-routes';
export { itemShare, openPrerequisites, progressOf, statusAfterTick, topicStates } from './progress';
export type { Progress, Rollup, TickOutcome, TopicProgressInput, TopicState } from './progress';
export { canRedo, canUndo, emptyHistory, record, redo, undo } from './history';
export type { History, HistoryStep } from './history';
export {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  backupFileName,
  checkBackupSize,
  MAX_BACKUP_BYTES,
  serializeBackup,
} from './backup-format';
export type { BackupTableName } from './backup-format';
// No parseBackup here: it pulls in zod and the JSON scanner, so the app reads a backup through
// storage's `readBackupFile`, which loads it on first use.
export type {
  BackupRefusal,
  BackupSummary,
  ParseBackupOptions,
  ParseBackupResult,
  UnknownTopic,
} from './backup-parse';
export type {
  Backup,
  BackupData,
  BackupExportChoices,
  BackupItemState,
  BackupMetaEntry,
  BackupNote,
  BackupPlan,
  BackupRoadmap,
  BackupRoadmapEdits,
  BackupSessionLogEntry,
  BackupTopicState,
  KeptAsideRow,
} from './backup-schema';
export type { RoadmapFile } from './imported-roadmap';
export { isFinished, isTopicStatus, statusLabel, TOPIC_STATUS_CHOICES, TOPIC_STATUSES } from './topic-status';
export {
  defaultPlanSettings,
  isPlanYear,
  isTimeZone,
  PLAN_YEARS_MESSAGE,
  WEEKDAYS,
  MAX_ESTIMATE_HOURS,
  MIN_SESSION_MINUTES,
  unknownPhaseTargets,
} from './plan';
export {
  parsePlan,
  parsePlanSettings,
  planSchema,
  planSettingsProblems,
  planSettingsSchema,
} from './plan-schema';
export type { ParsePlanResult, ParsePlanSettingsResult, Plan, PlanSettings, Weekday } from './plan';
export { SCHEDULE_HORIZON_YEARS, schedulePlan } from './schedule';
export { DEFAULT_RESERVE_PERCENT } from './schedule-timeline';
export { isoInTimeZone } from './schedule-zone';
export { goalClosure } from './schedule-work';
export { pathTo } from './path-to';
export type { PathTo } from './path-to';
export type {
  LoggedSession,
  Milestone,
  Schedule,
  ScheduledSession,
  ScheduleOptions,
  ReserveBlock,
  SessionInForce,
  ScheduleWarning,
  SessionOutcome,
} from './schedule-types';
export { clockToMinutes, sessionClock, sessionClockSpan } from './clock';
export { ownValue } from './own-value';
export {
  followSessions,
  lastPlannedDate,
  plannedSessions,
  previewReplan,
  scheduledLog,
  statusAfterLog,
  todayIn,
} from './follow';
export type { FollowedSession, LogEntry, ReplanPreview, SessionFollowState, SessionMove } from './follow';
export {
  addDaysOff,
  dayRangeProblem,
  expandDayRange,
  formatDayRange,
  groupDaysOff,
  MAX_DAY_RANGE_DAYS,
  removeDaysOff,
} from './days-off';
export type { DayRange } from './days-off';
export {
  addDays,
  addMonths,
  dayOfMonth,
  daysBetween,
  isCalendarDate,
  monthOf,
  startOfWeek,
  weekDays,
} from './calendar-day';
export { monthGrid, placeInLanes, visibleHours } from './calendar-grid';
export {
  formatDayTime,
  formatMoment,
  formatLongDay,
  formatMonthTitle,
  formatShortDay,
  formatShortMonth,
  formatShortRange,
  formatWeekdayDay,
  formatWeekTitle,
  WEEKDAY_SHORT,
} from './date-style';
export type { CalendarDay, LanePlacement, MinuteSpan } from './calendar-grid';
export { monthTicks, phaseTimeline, timelineFraction } from './timeline';
export type { MonthTick, Timeline, TimelinePhase, TimelineSection } from './timeline';
export { buildIcs, planCalendarEvents, planIcs } from './ics';
export {
  describeExportChoices,
  exportChoicesFor,
  exportChoicesRange,
  MAX_EXPORT_WEEKS,
  MAX_REMINDER_MINUTES,
  sameExportChoices,
} from './ics-choices';
export type { IcsExportChoices } from './ics-choices';
export type { BuildIcsOptions, BuildIcsResult, PlanIcsRequest } from './ics';
export { icsExportFileName, icsUid, icsUidKey, isReviewKey, roadmapShortName } from './ics-names';
export {
  icsHistoryInRange,
  icsPlanSessionIds,
  milestonesInRange,
  reviewsInRange,
  sessionsInRange,
} from './ics-range';
export type { IcsRange } from './ics-range';
export { icsExportHistorySchema, parseIcsExportHistory } from './ics-history';
export type { IcsExportHistory, IcsHistoryEvent, ParseIcsExportHistoryResult } from './ics-history';
// No expandBusy here: it loads ical.js, so whatever reads busy calendars imports './busy-time'.
export type { ExpandBusyOptions, ExpandBusyResult } from './busy-time';
export { busyMinutesIn, mergeBusy } from './busy-time-intervals';
export type { BusyInterval, BusySpan } from './busy-time-intervals';
export {
  applyPrerequisiteEdits,
  checkNewPrerequisite,
  withoutPrerequisite,
  withPrerequisite,
} from './prerequisite-edits';
export { NO_PREREQUISITE_EDITS, prerequisiteEditCount } from './prerequisite-edit-list';
export type { PrerequisiteEdits } from './prerequisite-edit-list';
export { MAX_ROADMAP_FILE_BYTES } from './roadmap-limits';
export { freeRoadmapId, importPreview, reimportChanges, roadmapFormatOf } from './roadmap-import';
export type { ImportPreview, ReimportChanges } from './roadmap-import';
export {
  DEFAULT_REVIEW_SETTINGS,
  defaultReviewCap,
  REVIEW_MINUTES_RANGE,
  REVIEW_RETENTION_RANGE,
  reviewSessionId,
  reviewSessionTitle,
} from './review-types';
export { isReviewRating, REVIEW_RATINGS, SKIPPED_RATING } from './review-ratings';
export type { ReviewLogEntry, ReviewRating, ReviewSession, ReviewSettings } from './review-types';
// review-cards (ts-fsrs) is imported on its own: never on the start-up path.
export type { ReviewCard } from './review-cards';
