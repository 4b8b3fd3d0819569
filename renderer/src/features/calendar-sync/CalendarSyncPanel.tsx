import { useEffect, useId, useState } from 'react';
import type { CalDavCalendar } from '../../../../electron/shared/caldav-contract';
import type { Roadmap, TopicId } from '../../domain';
import { platform } from '../../platform';
import type { CalendarSyncApi } from '../../platform';
import { NO_CALENDAR_SYNC, recordCalendarSync, useActionChannel, useCalendarSync } from '../../storage';
import { showNotice } from '../../ui';
import { ConnectForm } from './ConnectForm';
import { SyncQuestions } from './SyncQuestions';
import { SyncSettings } from './SyncSettings';
import { requestSync, useSyncStatus } from './sync-status';
import { syncedLine } from './sync-words';
import { SyncAlert } from './SyncAlert';
import './calendar-sync.css';

type Props = {
  roadmap: Roadmap;
  /** False until the user saves a plan: there is nothing to sync yet. */
  planSaved: boolean;
  timeZone: string;
  /** The user's own estimate of a topic in hours, if any, and the way to set it. */
  estimateOf: (topicId: TopicId) => number | null;
  setEstimate: (topicId: TopicId, hours: number) => void;
};

/** Settings → Calendar sync: connect a CalDAV account, pick calendars, sync, and answer questions. */
export function CalendarSyncPanel(props: Props) {
  const id = useId();
  const api = platform.calendarSync;
  return (
    <section className="plan-form__section calendar-sync" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Calendar sync</h3>
      {api ? (
        <DesktopSync api={api} {...props} />
      ) : (
        <p className="plan-field__hint">
          Calendar sync keeps your plan in the calendar you already use (iCloud, Fastmail, Nextcloud and any
          other CalDAV server), both ways. It needs the desktop app: browsers do not let a web page talk to
          calendar servers. Here, use <strong>Export to calendar</strong> (an .ics file) instead.
        </p>
      )}
    </section>
  );
}

type Account = { serverUrl: string; user: string };

function DesktopSync(props: Props & { api: CalendarSyncApi }) {
  const { api, roadmap, planSaved, timeZone } = props;
  const channel = useActionChannel();
  const stored = useCalendarSync(channel.db, roadmap.id);
  const status = useSyncStatus();
  const [account, setAccount] = useState<Account | null | undefined>(undefined);
  const [calendars, setCalendars] = useState<readonly CalDavCalendar[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now);
  // Raised to read the account and its calendars again (after connecting or making one).
  const [reads, setReads] = useState(0);
  const reload = () => setReads((n) => n + 1);

  useEffect(() => {
    let live = true;
    void (async () => {
      const found = await api.account();
      if (!live) return;
      setAccount(found);
      if (!found) return;
      const listed = await api.calendars();
      if (!live) return;
      setCalendars(listed.ok ? listed.value : []);
      setProblem(listed.ok ? null : listed.problem.message);
    })();
    return () => {
      live = false;
    };
  }, [api, reads]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  if (account === undefined || stored === undefined) return <p className="plan-view__muted">Loading…</p>;
  const state = stored;
  if (account === null) return <ConnectForm api={api} onConnected={reload} />;

  const disconnect = async () => {
    await api.disconnect();
    // Not an undo step: Undo could not bring back the account main has forgotten.
    await channel.run(recordCalendarSync(roadmap.id, () => NO_CALENDAR_SYNC));
    showNotice('Calendar sync disconnected: the events stay in your calendar.');
    setAccount(null);
    setCalendars([]);
  };

  return (
    <>
      <p className="calendar-sync__account">
        Connected to <strong>{account.serverUrl}</strong> as <strong>{account.user}</strong>
        <button type="button" className="button" onClick={() => void disconnect()}>
          Disconnect
        </button>
      </p>
      <SyncAlert message={problem} />
      <SyncSettings api={api} roadmapId={roadmap.id} state={state} calendars={calendars} onMade={reload} />
      <div className="calendar-sync__status">
        <button
          type="button"
          className="button button--primary"
          disabled={!state.calendar || !planSaved || status.running}
          onClick={requestSync}
        >
          Sync now
        </button>
        <span role="status" className="plan-view__muted">
          {!planSaved
            ? 'Save a plan to sync it.'
            : !state.calendar
              ? 'Choose a calendar to sync.'
              : status.running
                ? 'Syncing…'
                : syncedLine(state.lastSync, now)}
        </span>
      </div>
      <SyncAlert message={status.problem} />
      <SyncQuestions
        roadmap={roadmap}
        state={state}
        timeZone={timeZone}
        onDropWork={(topicId, minutes) => {
          // "Drop this session": the topic needs that much less time (a quarter hour at least).
          const hours = props.estimateOf(topicId) ?? roadmap.topicsById.get(topicId)?.estimateHours ?? 0;
          props.setEstimate(topicId, Math.max(0.25, Math.round((hours - minutes / 60) * 4) / 4));
        }}
      />
    </>
  );
}
