import { useMemo, useState } from 'react';
import {
  exportChoicesFor,
  exportChoicesRange,
  milestonesInRange,
  planIcs,
  reviewsInRange,
  roadmapShortName,
  sessionsInRange,
} from '../../domain';
import type { IcsExportChoices, Roadmap, Schedule } from '../../domain';
import { platform } from '../../platform';
import {
  readIcsHistory,
  rememberExportChoices,
  useActionChannel,
  useExportChoices,
  writeIcsHistory,
} from '../../storage';
import { ModalDialog } from '../../ui';
import { draftOf, readDraft } from './choices-draft';
import { ExportChoicesFields } from './ExportChoicesFields';
import type { ChoicesDraft } from './ExportChoicesFields';
import { exportCount, formatExportCount, liveSessions } from './export-count';
import { ExportDone } from './ExportDone';
import { ExportPreview } from './ExportPreview';
import { ExportProblem } from './ExportProblem';
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

/**
 * Export the plan to a calendar file: which part, milestones, reminders; a preview first. It
 * opens with the choices this plan was last exported with (read before it shows, so the fields
 * never change under the user), and remembers the new ones once the file is saved.
 */
export function ExportDialog(props: Props) {
  const channel = useActionChannel();
  const stored = useExportChoices(channel.db, props.planId);
  if (stored === undefined) return null;
  return <ExportForm {...props} last={exportChoicesFor(stored ?? undefined, props.roadmap)} />;
}

function ExportForm(props: Props & { last: IcsExportChoices }) {
  const { roadmap, schedule, today, last } = props;
  const channel = useActionChannel();
  const db = channel.db;
  const [draft, setDraft] = useState<ChoicesDraft>(() => draftOf(last));
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ message: string; token?: string | undefined } | null>(null);
  // Its id remounts the message, so a second failure takes the focus again.
  const [problem, setProblem] = useState<{ id: number; text: string } | null>(null);

  const { choices, weeksProblem, reminderProblem } = readDraft(draft, last);
  // Memoised on its parts: `choices` is a new object each render.
  const { range: kind, weeks, phase, milestones } = choices;
  const range = useMemo(() => exportChoicesRange({ range: kind, weeks, phase }), [kind, weeks, phase]);
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
  const valid = weeksProblem === null && reminderProblem === null;

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
        reminderMinutes: choices.reminder ? choices.reminderMinutes : null,
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
      // The history (what the calendar now holds) and the choices are kept only once the file is saved.
      if (!saved.saved) return;
      await writeIcsHistory(db, result.history);
      await channel.run(rememberExportChoices(props.planId, roadmap.id, choices));
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
      setProblem((previous) => ({
        id: (previous?.id ?? 0) + 1,
        text: `The calendar could not be exported: ${error instanceof Error ? error.message : String(error)}`,
      }));
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
          <ExportChoicesFields
            draft={draft}
            onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
            phases={roadmap.phases}
            weeksProblem={weeksProblem}
            reminderProblem={reminderProblem}
          />
          <ExportPreview count={count} sessions={live} reviews={reviews} prefix={prefix} title={title} />
          {problem && <ExportProblem key={problem.id} text={problem.text} />}
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
