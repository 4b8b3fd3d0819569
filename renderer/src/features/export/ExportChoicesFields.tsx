import { useId } from 'react';
import { MAX_EXPORT_WEEKS, MAX_REMINDER_MINUTES } from '../../domain';
import type { IcsRange, Roadmap } from '../../domain';

/** The dialog's choices as typed: the numbers stay text until they are valid. */
export type ChoicesDraft = {
  range: IcsRange['kind'];
  weeks: string;
  phase: number;
  milestones: boolean;
  reminder: boolean;
  reminderMinutes: string;
};

type Props = {
  draft: ChoicesDraft;
  onChange: (change: Partial<ChoicesDraft>) => void;
  phases: Roadmap['phases'];
  /** Why the weeks or the minutes cannot be exported, shown beside their field; null when fine. */
  weeksProblem: string | null;
  reminderProblem: string | null;
};

/** What to export, milestones and the reminder: the choices the dialog remembers per plan. */
export function ExportChoicesFields({ draft, onChange, phases, weeksProblem, reminderProblem }: Props) {
  const id = useId();
  return (
    <>
      <fieldset className="dialog__choices">
        <legend>What to export</legend>
        <label>
          <input
            type="radio"
            name={`${id}-range`}
            checked={draft.range === 'all'}
            onChange={() => onChange({ range: 'all' })}
          />
          The whole plan
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-range`}
            checked={draft.range === 'weeks'}
            onChange={() => onChange({ range: 'weeks' })}
          />
          The next
          <input
            className="export-dialog__number"
            type="number"
            min={1}
            max={MAX_EXPORT_WEEKS}
            aria-label="Number of weeks"
            value={draft.weeks}
            aria-invalid={weeksProblem ? true : undefined}
            aria-describedby={weeksProblem ? `${id}-weeks-problem` : undefined}
            onChange={(event) => onChange({ weeks: event.target.value, range: 'weeks' })}
          />
          weeks
        </label>
        {weeksProblem && (
          <p id={`${id}-weeks-problem`} className="export-dialog__field-problem">
            {weeksProblem}
          </p>
        )}
        <label>
          <input
            type="radio"
            name={`${id}-range`}
            checked={draft.range === 'phase'}
            onChange={() => onChange({ range: 'phase' })}
          />
          One phase
          <select
            aria-label="Phase"
            value={draft.phase}
            onChange={(event) => onChange({ phase: Number(event.target.value), range: 'phase' })}
          >
            {phases.map((p) => (
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
          checked={draft.milestones}
          onChange={(event) => onChange({ milestones: event.target.checked })}
        />
        Include phase milestones (all-day events)
      </label>
      <label className="export-dialog__check">
        <input
          type="checkbox"
          checked={draft.reminder}
          onChange={(event) => onChange({ reminder: event.target.checked })}
        />
        Remind me
        <input
          className="export-dialog__number"
          type="number"
          min={0}
          max={MAX_REMINDER_MINUTES}
          aria-label="Minutes before each session"
          value={draft.reminderMinutes}
          disabled={!draft.reminder}
          aria-invalid={reminderProblem ? true : undefined}
          aria-describedby={reminderProblem ? `${id}-reminder-problem` : undefined}
          onChange={(event) => onChange({ reminderMinutes: event.target.value })}
        />
        minutes before each session
      </label>
      {reminderProblem && (
        <p id={`${id}-reminder-problem`} className="export-dialog__field-problem">
          {reminderProblem}
        </p>
      )}
    </>
  );
}
