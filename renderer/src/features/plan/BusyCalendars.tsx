import { useId, useState } from 'react';
import { addBusyCalendar, refreshBusyCalendars, removeBusyCalendar, useActionChannel } from '../../storage';
import { checkCalendarText, pickCalendarFile, refreshCalendarFiles } from './busy-calendar-files';
import type { CalendarFile, RefreshOutcome } from './busy-calendar-files';
import {
  canRereadCalendarFiles,
  forgetRereadProblem,
  UPCOMING_DAYS,
  useBusyCalendars,
} from './useBusyCalendars';
import type { BusyCalendarSummary } from './useBusyCalendars';
import './busy-calendars.css';

type Props = {
  roadmapId: string;
  /** The plan's zone: all-day events and floating times are read in it. */
  timeZone: string;
};

/** Why something went wrong, in words; never a stack trace. */
function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function describeRefresh({ read, changed, problems }: RefreshOutcome): string {
  const files = `Read ${plural(read, 'file', 'files')} again`;
  const what = changed === 0 ? 'nothing changed' : `${plural(changed, 'calendar', 'calendars')} changed`;
  const trouble = problems === 0 ? '' : `; ${plural(problems, 'file', 'files')} could not be used`;
  return `${files}: ${what}${trouble}.`;
}

function CalendarRow({ calendar, onRemove }: { calendar: BusyCalendarSummary; onRemove: () => void }) {
  const status =
    calendar.problem ??
    (calendar.upcoming === null
      ? 'Reading…'
      : `${plural(calendar.upcoming, 'busy event', 'busy events')} in the next ${UPCOMING_DAYS / 7} weeks`);
  return (
    <li className="busy-calendars__item">
      <div className="busy-calendars__text">
        <span className="busy-calendars__name" title={calendar.path}>
          {calendar.name}
        </span>
        <span className={calendar.problem === null ? 'plan-view__muted' : 'busy-calendars__problem'}>
          {status}
        </span>
      </div>
      <button
        type="button"
        className="button busy-calendars__remove"
        aria-label={`Remove ${calendar.name}`}
        onClick={onRemove}
      >
        Remove
      </button>
    </li>
  );
}

/**
 * The plan's busy calendars: .ics files whose events are busy time. Adding reads and checks
 * the file first: a file that cannot be used is named with its problem and nothing is stored.
 */
export function BusyCalendars({ roadmapId, timeZone }: Props) {
  const id = useId();
  const channel = useActionChannel();
  const { loaded, calendars, records } = useBusyCalendars(roadmapId, timeZone);
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const canRefresh = canRereadCalendarFiles() && records.some((record) => record.path !== undefined);

  const store = async (file: CalendarFile) => {
    // The same file again (its path on the desktop, its name in a browser) replaces its copy.
    const same = records.find((record) =>
      file.path === undefined
        ? record.path === undefined && record.name === file.name
        : record.path === file.path,
    );
    if (same) {
      const update = { id: same.id, text: file.text, refreshedAt: new Date().toISOString() };
      const done = await channel.run(refreshBusyCalendars([update], `Updated “${file.name}”.`));
      if (done) forgetRereadProblem(same.id);
    } else {
      await channel.run(addBusyCalendar({ roadmapId, ...file }));
    }
  };

  const run = async (work: () => Promise<void>) => {
    setWorking(true);
    setProblem(null);
    setStatus(null);
    try {
      await work();
    } catch (error) {
      setProblem(`The calendar file could not be read: ${reason(error)}`);
    } finally {
      setWorking(false);
    }
  };

  const add = () =>
    run(async () => {
      const picked = await pickCalendarFile();
      if (picked === null) return;
      if (!picked.ok) {
        setProblem(picked.message);
        return;
      }
      const fileProblem = await checkCalendarText(picked.file, timeZone, Date.now());
      if (fileProblem !== null) {
        setProblem(`${fileProblem}. Nothing was added.`);
        return;
      }
      await store(picked.file);
    });

  const refresh = () =>
    run(async () => {
      setStatus(describeRefresh(await refreshCalendarFiles(channel, records, timeZone)));
    });

  return (
    <section className="plan-form__section busy-calendars" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Busy calendars</h3>
      <p className="plan-field__hint">
        Events in these calendars are busy time: no study session goes over them. Add an .ics file — an export
        of your calendar, or its secret address saved as a file.
        {canRereadCalendarFiles()
          ? ' The app reads each file again when it opens and on Refresh.'
          : ' To bring a calendar up to date, add its file again.'}
      </p>
      {calendars.length === 0 ? (
        loaded && <p className="plan-view__muted">No busy calendars yet.</p>
      ) : (
        <ul className="busy-calendars__list" aria-label="Busy calendars">
          {calendars.map((calendar) => (
            <CalendarRow
              key={calendar.id}
              calendar={calendar}
              onRemove={() => {
                forgetRereadProblem(calendar.id);
                void channel.run(removeBusyCalendar(calendar.id, calendar.name));
              }}
            />
          ))}
        </ul>
      )}
      {problem !== null && (
        <p className="plan-field__error busy-calendars__alert" role="alert">
          <span className="plan-field__mark" aria-hidden="true">
            !
          </span>
          {problem}
        </p>
      )}
      <div className="busy-calendars__actions">
        <button type="button" className="button" disabled={working} onClick={() => void add()}>
          Add calendar file…
        </button>
        {canRefresh && (
          <button type="button" className="button" disabled={working} onClick={() => void refresh()}>
            Refresh
          </button>
        )}
        <span className="plan-view__muted" role="status">
          {status}
        </span>
      </div>
    </section>
  );
}
