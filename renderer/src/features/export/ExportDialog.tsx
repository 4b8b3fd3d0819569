import { useId, useMemo, useState } from 'react';
import {
  MAX_REMINDER_MINUTES,
  milestonesInRange,
  planIcs,
  reviewsInRange,
  roadmapShortName,
  sessionsInRange,
} from '../../domain';
import type { IcsRange, Roadmap, Schedule } from '../../domain';
import { platform } from '../../platform';
import { readIcsHistory, useDatabase, writeIcsHistory } from '../../storage';
import { ModalDialog } from '../../ui';
import { exportCount, formatExportCount, liveSessions } from './export-count';
import { ExportDone } from './ExportDone';
import { ExportPreview } from './ExportPreview';
import './export-dialog.css';

type Props = {
  roadmap: Roadmap;
  schedule: Schedule;
  planId: string;
  today: string;
  onClose: () => void;
};

// Desktop: a native save dialog follows, then the file can be opened or shown; web: a download.
const desktop = platform.kind === 'desktop';

type RangeKind = IcsRange['kind'];

/** Export the plan to a calendar file: which part, milestones, reminders; a preview first. */
export function ExportDialog(props: Props) {
  const { roadmap, schedule, today } = props;
  const db = useDatabase();
  const id = useId();
  const [kind, setKind] = useState<RangeKind>('all');
  const [weeks, setWeeks] = useState('4');
  const [phase, setPhase] = useState(roadmap.phases[0]?.number ?? 1);
  const [milestones, setMilestones] = useState(true);
  const [remind, setRemind] = useState(false);
  const [reminder, setReminder] = useState('15');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ message: string; token?: string | undefined } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const weekCount = Number(weeks);
  const weeksValid = Number.isInteger(weekCount) && weekCount >= 1 && weekCount <= 260;
  const reminderMinutes = Number(reminder);
  const reminderValid =
    !remind ||
    (Number.isInteger(reminderMinutes) && reminderMinutes >= 0 && reminderMinutes <= MAX_REMINDER_MINUTES);
  const range = useMemo<IcsRange>(
    () =>
      kind === 'weeks'
        ? { kind, weeks: weeksValid ? weekCount : 1 }
        : kind === 'phase'
          ? { kind, phase }
          : { kind },
    [kind, weeksValid, weekCount, phase],
  );
  const sessions = useMemo(
    () => sessionsInRange(roadmap, schedule, range, today),
    [roadmap, schedule, range, today],
  );
  const reviews = useMemo(() => reviewsInRange(schedule, range, today), [schedule, range, today]);
  const count = useMemo(
    () =>
      exportCount(schedule, sessions, milestones ? milestonesInRange(schedule, range, today) : null, reviews),
    [schedule, sessions, milestones, range, today, reviews],
  );
  const live = useMemo(() => liveSessions(schedule, sessions), [schedule, sessions]);
  const prefix = roadmapShortName(roadmap);
  const title = (topicId: string) => roadmap.topicsById.get(topicId)?.title ?? topicId;
  const valid = (kind !== 'weeks' || weeksValid) && reminderValid;

  const exportFile = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const result = planIcs({
        roadmap,
        schedule,
        planId: props.planId,
        range,
        today,
        withMilestones: milestones,
        reminderMinutes: remind ? reminderMinutes : null,
        history: await readIcsHistory(db, props.planId),
        now: new Date(),
      });
      const name = result.fileName;
      const saved = await platform.saveFile({
        suggestedName: name,
        contents: result.text,
        extensions: ['ics'],
        mimeType: 'text/calendar',
      });
      // The history (what the calendar now holds) is kept only once the file is saved.
      if (!saved.saved) return;
      await writeIcsHistory(db, result.history);
      const cancelled = result.cancelled > 0 ? `, and cancelled ${result.cancelled}` : '';
      // The same words as the preview: the count comes from what was just written.
      const what = formatExportCount(count);
      setDone({
        message: desktop
          ? `Exported ${what}${cancelled}. Import the file into your calendar; exporting again later updates the same events.`
          : `Downloaded ${name}: ${what}${cancelled}. Open it with your calendar; exporting again later updates the same events.`,
        token: saved.token,
      });
    } catch (error) {
      setProblem(
        `The calendar could not be exported: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog title="Export to calendar" className="export-dialog" onCancel={props.onClose}>
      {done ? (
        <ExportDone message={done.message} token={done.token} onClose={props.onClose} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (valid && !busy) void exportFile();
          }}
        >
          <fieldset className="dialog__choices">
            <legend>What to export</legend>
            <label>
              <input
                type="radio"
                name={`${id}-range`}
                checked={kind === 'all'}
                onChange={() => setKind('all')}
              />
              The whole plan
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-range`}
                checked={kind === 'weeks'}
                onChange={() => setKind('weeks')}
              />
              The next
              <input
                className="export-dialog__number"
                type="number"
                min={1}
                max={260}
                aria-label="Number of weeks"
                value={weeks}
                aria-invalid={kind === 'weeks' && !weeksValid ? true : undefined}
                onChange={(event) => {
                  setWeeks(event.target.value);
                  setKind('weeks');
                }}
              />
              weeks
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-range`}
                checked={kind === 'phase'}
                onChange={() => setKind('phase')}
              />
              One phase
              <select
                aria-label="Phase"
                value={phase}
                onChange={(event) => {
                  setPhase(Number(event.target.value));
                  setKind('phase');
                }}
              >
                {roadmap.phases.map((p) => (
                  <option key={p.number} value={p.number}>
                    Phase {p.number}: {p.title}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
          <label className="export-dialog__check">
            <input
              type="checkbox"
              checked={milestones}
              onChange={(event) => setMilestones(event.target.checked)}
            />
            Include phase milestones (all-day events)
          </label>
          <label className="export-dialog__check">
            <input type="checkbox" checked={remind} onChange={(event) => setRemind(event.target.checked)} />
            Remind me
            <input
              className="export-dialog__number"
              type="number"
              min={0}
              max={MAX_REMINDER_MINUTES}
              aria-label="Minutes before each session"
              value={reminder}
              disabled={!remind}
              aria-invalid={!reminderValid || undefined}
              onChange={(event) => setReminder(event.target.value)}
            />
            minutes before each session
          </label>

          <ExportPreview count={count} sessions={live} reviews={reviews} prefix={prefix} title={title} />
          {problem && (
            <p className="export-dialog__problem" role="alert">
              {problem}
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={props.onClose}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" disabled={!valid || busy}>
              {desktop ? 'Export…' : 'Export'}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
