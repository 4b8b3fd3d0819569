import { useMemo, useState } from 'react';
import { followSessions, icsPlanSessionIds, lastPlannedDate, plannedSessions } from '../../domain';
import type { ReplanPreview, Roadmap, Schedule, ScheduledSession, TopicId } from '../../domain';
import { systemTimeZone } from '../../ui';
import { AgendaList } from './AgendaList';
import { byStart, reviewEntry } from './calendar-entry';
import type { BusyInterval, ReserveBlock } from './calendar-marks';
import { MilestoneList } from './MilestoneList';
import { PhaseTimeline } from './PhaseTimeline';
import { ReplanDialog } from './ReplanDialog';
import { ScheduleCalendar } from './ScheduleCalendar';
import { formatWeekdayDay, planZoneNote } from './schedule-words';
import { UnpinContext } from './unpin-context';
import './schedule-view.css';

type Tab = 'week' | 'calendar' | 'timeline';

const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'week', label: 'This week' },
  { id: 'calendar', label: 'Calendar' },
  { id: 'timeline', label: 'Timeline' },
];

type Props = {
  roadmap: Roadmap;
  /** Null until the user saves a plan. */
  schedule: Schedule | null;
  today: string;
  daysOff: readonly string[];
  /** The day the schedule in force was planned from. */
  plannedFrom: string | null;
  onOpenTopic: (topicId: TopicId) => void;
  onLog: (session: ScheduledSession, outcome: 'done' | 'missed') => void;
  previewReplan: () => ReplanPreview | null;
  onReplan: () => void;
  /** Whether to notify when today's first session begins. */
  remind: boolean;
  onRemind: (on: boolean) => void;
  onExport: () => void;
  /** The plan's zone (IANA): named beside the times when it is not this computer's. */
  timeZone?: string | undefined;
  /** Time the user's own calendars hold, for the calendar views. */
  busy?: readonly BusyInterval[] | undefined;
  /** Catch-up time the plan keeps free, for the calendar views. */
  reserve?: readonly ReserveBlock[] | undefined;
  /** Gives a pinned session (moved in the synced calendar) back to the planner. */
  onUnpin?: (session: ScheduledSession) => void;
};

/** The schedule: this week's sessions to follow, a calendar, the phase timeline, and replanning. */
export function ScheduleView(props: Props) {
  const { roadmap, schedule, today, daysOff, plannedFrom, onOpenTopic, onLog } = props;
  const [tab, setTab] = useState<Tab>('week');
  const [preview, setPreview] = useState<ReplanPreview | null>(null);
  const entries = useMemo(
    () =>
      (schedule?.sessions ?? []).map((session) => {
        const topic = roadmap.topicsById.get(session.topicId);
        return { session, title: topic?.title ?? session.topicId, phase: topic?.phaseNumber ?? 0 };
      }),
    [roadmap, schedule],
  );
  const followed = useMemo(() => {
    if (!schedule) return [];
    return followSessions(schedule, today).map((f, i) => ({ ...f, ...entries[i]! }));
  }, [schedule, today, entries]);
  const reviews = useMemo(
    () =>
      (schedule?.reviews ?? []).map((review) =>
        reviewEntry(review, (id) => roadmap.topicsById.get(id)?.title ?? id),
      ),
    [roadmap, schedule],
  );
  // The calendar places review days at their times among the sessions, as entries of their own.
  const calendarEntries = useMemo(() => byStart([...followed, ...reviews]), [followed, reviews]);
  const offDays = useMemo(() => new Set(daysOff), [daysOff]);
  const zoneNote = planZoneNote(props.timeZone, systemTimeZone());

  if (!schedule) {
    return (
      <div className="schedule-view">
        <header className="schedule-view__header">
          <h2>Schedule</h2>
        </header>
        <div className="schedule-view__empty">
          <p>No plan saved yet — save your plan to see your schedule.</p>
          <a className="button button--primary" href="#plan">
            Set up your plan
          </a>
        </div>
      </div>
    );
  }

  const waiting = followed.filter((f) => f.state === 'overdue' || f.state === 'missed-flag').length;
  // The count the calendar export says too: sessions it holds (planned and done, not missed).
  const studied = icsPlanSessionIds(schedule).size;
  const toGo = plannedSessions(schedule).length;
  const end = lastPlannedDate(schedule);
  return (
    <UnpinContext value={props.onUnpin ?? null}>
      <div className="schedule-view">
        <header className="schedule-view__header">
          <div>
            <h2>Schedule</h2>
            <p className="schedule-view__summary">
              {studied} study session{studied === 1 ? '' : 's'}
              {studied > toGo ? ` (${studied - toGo} done, ${toGo} to go)` : ''}
              {plannedFrom ? `, planned from ${formatWeekdayDay(plannedFrom, true)}` : ''}
              {end ? ` until ${formatWeekdayDay(end, true)}` : ''}
            </p>
            <label className="schedule-view__remind">
              <input
                type="checkbox"
                checked={props.remind}
                onChange={(event) => props.onRemind(event.target.checked)}
              />
              Remind me when today’s first session starts
            </label>
          </div>
          <div className="schedule-view__actions">
            <a className="button" href="#plan">
              Edit plan
            </a>
            <button type="button" className="button" onClick={props.onExport}>
              Export to calendar…
            </button>
            <button type="button" className="button" onClick={() => setPreview(props.previewReplan())}>
              Replan from now…
            </button>
          </div>
        </header>
        {waiting > 0 && (
          <div className="schedule-view__notice" role="status">
            <p>
              {waiting} session{waiting === 1 ? '' : 's'} {waiting === 1 ? 'needs' : 'need'} a new time.
              Replan from now to fit {waiting === 1 ? 'it' : 'them'} in.
            </p>
            <button
              type="button"
              className="button button--primary"
              onClick={() => setPreview(props.previewReplan())}
            >
              Replan from now…
            </button>
          </div>
        )}
        {schedule.warnings.length > 0 && (
          <ul className="schedule-view__warnings" aria-label="Warnings">
            {schedule.warnings.map((w) => (
              <li key={`${w.code}:${w.message}`}>{w.message}</li>
            ))}
          </ul>
        )}
        <MilestoneList roadmap={roadmap} milestones={schedule.milestones} />
        <div className="schedule-view__tabbar">
          <div className="schedule-view__tabs" role="tablist" aria-label="Schedule views">
            {TABS.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                id={`schedule-tab-${t.id}`}
                aria-selected={tab === t.id}
                aria-controls={`schedule-panel-${t.id}`}
                tabIndex={tab === t.id ? 0 : -1}
                className="schedule-view__tab"
                onClick={() => setTab(t.id)}
                onKeyDown={(event) => {
                  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
                  const step = event.key === 'ArrowRight' ? 1 : -1;
                  const next =
                    TABS[(TABS.findIndex((x) => x.id === tab) + step + TABS.length) % TABS.length]!;
                  setTab(next.id);
                  document.getElementById(`schedule-tab-${next.id}`)?.focus();
                }}
              >
                {t.label}
              </button>
            ))}
          </div>
          {zoneNote && tab !== 'timeline' && <p className="schedule-view__zone">{zoneNote}</p>}
        </div>
        <div
          role="tabpanel"
          id={`schedule-panel-${tab}`}
          aria-labelledby={`schedule-tab-${tab}`}
          className="schedule-view__panel"
        >
          {tab === 'week' && (
            <AgendaList
              followed={followed}
              reviews={reviews}
              today={today}
              onOpenTopic={onOpenTopic}
              onLog={onLog}
            />
          )}
          {tab === 'calendar' && (
            <ScheduleCalendar
              entries={calendarEntries}
              today={today}
              daysOff={offDays}
              timeZone={props.timeZone}
              busy={props.busy}
              reserve={props.reserve}
              onOpenTopic={onOpenTopic}
              onLog={onLog}
            />
          )}
          {tab === 'timeline' && (
            <PhaseTimeline
              roadmap={roadmap}
              sessions={schedule.sessions}
              milestones={schedule.milestones}
              today={today}
            />
          )}
        </div>
        {preview && (
          <ReplanDialog
            roadmap={roadmap}
            preview={preview}
            today={today}
            onCancel={() => setPreview(null)}
            onReplan={() => {
              setPreview(null);
              props.onReplan();
            }}
          />
        )}
      </div>
    </UnpinContext>
  );
}
