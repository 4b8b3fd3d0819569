import { useId, useState } from 'react';
import type { CalDavCalendar } from '../../../../electron/shared/caldav-contract';
import type { CalendarSyncApi } from '../../platform';
import { changeCalendarSync, NO_CALENDAR_SYNC, useActionChannel } from '../../storage';
import type { CalendarSyncState } from '../../storage';
import { SyncAlert } from './SyncAlert';

type Props = {
  api: CalendarSyncApi;
  roadmapId: string;
  state: CalendarSyncState;
  calendars: readonly CalDavCalendar[];
  /** A calendar was made on the server: list them again. */
  onMade: () => void;
};

const REMINDERS = [null, 10, 30, 60] as const;
const NEW_CALENDAR = 'Study plan';

/** Which calendar gets the study sessions, which are read for busy time, and the reminder. */
export function SyncSettings({ api, roadmapId, state, calendars, onMade }: Props) {
  const id = useId();
  const channel = useActionChannel();
  const [problem, setProblem] = useState<string | null>(null);
  const eventCalendars = calendars.filter((c) => c.events);
  const change = (next: (s: CalendarSyncState) => CalendarSyncState, text: string) =>
    void channel.run(changeCalendarSync(roadmapId, next, text));

  const chooseCalendar = (url: string) => {
    const calendar = eventCalendars.find((c) => c.url === url);
    change(
      // The choices stay; what was read from or written to another calendar says nothing about this one.
      (s) => ({
        ...NO_CALENDAR_SYNC,
        calendar: calendar ? { url: calendar.url, name: calendar.name } : null,
        busyCalendars: s.busyCalendars.filter((c) => c.url !== url),
        reminderMinutes: s.reminderMinutes,
      }),
      calendar ? `Study sessions go to “${calendar.name}”.` : 'Calendar sync paused.',
    );
  };
  const toggleBusy = (calendar: CalDavCalendar, on: boolean) =>
    change(
      (s) => ({
        ...s,
        busyCalendars: on
          ? [...s.busyCalendars, { url: calendar.url, name: calendar.name }]
          : s.busyCalendars.filter((c) => c.url !== calendar.url),
      }),
      on ? `Busy time read from “${calendar.name}”.` : `Busy time no longer read from “${calendar.name}”.`,
    );
  const make = async () => {
    setProblem(null);
    const made = await api.makeCalendar(NEW_CALENDAR);
    if (!made.ok) {
      setProblem(made.problem.message);
      return;
    }
    onMade();
    chooseCalendar(made.value.url);
  };

  return (
    <div className="calendar-sync__settings">
      <label htmlFor={`${id}-calendar`}>Study sessions go to</label>
      <div className="calendar-sync__row">
        <select
          id={`${id}-calendar`}
          className="plan-input"
          value={state.calendar?.url ?? ''}
          onChange={(e) => chooseCalendar(e.target.value)}
        >
          <option value="">Choose a calendar…</option>
          {eventCalendars.map((c) => (
            <option key={c.url} value={c.url}>
              {c.name}
            </option>
          ))}
        </select>
        {!eventCalendars.some((c) => c.name === NEW_CALENDAR) && (
          <button type="button" className="button" onClick={() => void make()}>
            Create “{NEW_CALENDAR}” calendar
          </button>
        )}
      </div>
      <SyncAlert message={problem} />
      {eventCalendars.length > 1 && (
        <fieldset className="calendar-sync__busy">
          <legend>Busy time also from</legend>
          {eventCalendars
            .filter((c) => c.url !== state.calendar?.url)
            .map((c) => (
              <label key={c.url} className="calendar-sync__check">
                <input
                  type="checkbox"
                  checked={state.busyCalendars.some((b) => b.url === c.url)}
                  onChange={(e) => toggleBusy(c, e.target.checked)}
                />
                {c.name}
              </label>
            ))}
        </fieldset>
      )}
      <label htmlFor={`${id}-reminder`}>Reminder</label>
      <select
        id={`${id}-reminder`}
        className="plan-input"
        value={state.reminderMinutes ?? ''}
        onChange={(e) => {
          const minutes = e.target.value === '' ? null : Number(e.target.value);
          change(
            (s) => ({ ...s, reminderMinutes: minutes }),
            minutes === null
              ? 'Synced sessions have no reminder.'
              : `Reminder ${minutes} min before each session.`,
          );
        }}
      >
        {REMINDERS.map((m) => (
          <option key={m ?? 'none'} value={m ?? ''}>
            {m === null ? 'None' : m === 60 ? '1 hour before' : `${m} minutes before`}
          </option>
        ))}
      </select>
    </div>
  );
}
