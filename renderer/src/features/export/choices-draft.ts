import { MAX_EXPORT_WEEKS, MAX_REMINDER_MINUTES } from '../../domain';
import type { IcsExportChoices } from '../../domain';
import type { ChoicesDraft } from './ExportChoicesFields';

/** The dialog's fields as remembered choices first show them. */
export function draftOf(choices: IcsExportChoices): ChoicesDraft {
  return { ...choices, weeks: String(choices.weeks), reminderMinutes: String(choices.reminderMinutes) };
}

/** What the fields export and remember, and why they cannot yet (beside the field concerned). */
export type ReadDraft = {
  choices: IcsExportChoices;
  weeksProblem: string | null;
  reminderProblem: string | null;
};

/**
 * Reads the fields: a number not in use (the weeks of another range, the minutes of a reminder
 * left off) may be anything while typed, and keeps its last good value in what is remembered.
 */
export function readDraft(draft: ChoicesDraft, last: IcsExportChoices): ReadDraft {
  const weeks = wholeNumber(draft.weeks, 1, MAX_EXPORT_WEEKS);
  const minutes = wholeNumber(draft.reminderMinutes, 0, MAX_REMINDER_MINUTES);
  return {
    choices: {
      range: draft.range,
      weeks: weeks ?? last.weeks,
      phase: draft.phase,
      milestones: draft.milestones,
      reminder: draft.reminder,
      reminderMinutes: minutes ?? last.reminderMinutes,
    },
    weeksProblem:
      draft.range === 'weeks' && weeks === null
        ? `The number of weeks is a whole number from 1 to ${MAX_EXPORT_WEEKS}.`
        : null,
    reminderProblem:
      draft.reminder && minutes === null
        ? `A reminder is 0 to ${MAX_REMINDER_MINUTES} whole minutes before (${MAX_REMINDER_MINUTES / 1440} days).`
        : null,
  };
}

function wholeNumber(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}
