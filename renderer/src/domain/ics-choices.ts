import type { IcsRange } from './ics-range';
import type { Phase } from './roadmap';

/** Longest reminder offered: a week before the session. */
export const MAX_REMINDER_MINUTES = 7 * 24 * 60;

/** Most weeks a "next weeks" export covers: five years. */
export const MAX_EXPORT_WEEKS = 260;

/**
 * What the calendar export dialog asks, as it remembers it per plan: the next export of the
 * same plan starts from the last one's choices, so it writes the same reminders (a reminder
 * dropped by mistake would change every event's SEQUENCE).
 */
export type IcsExportChoices = {
  range: IcsRange['kind'];
  /** The weeks of a `weeks` range; kept while another range is chosen. */
  weeks: number;
  /** The phase of a `phase` range; kept while another range is chosen. */
  phase: number;
  milestones: boolean;
  reminder: boolean;
  /** Minutes before each session; kept while the reminder is off. */
  reminderMinutes: number;
};

/**
 * The choices a plan's first export starts with: the whole plan with its milestones, no
 * reminder (15 minutes when ticked); a stored phase the roadmap no longer has becomes its
 * first phase.
 */
export function exportChoicesFor(
  stored: IcsExportChoices | undefined,
  roadmap: { phases: readonly Pick<Phase, 'number'>[] },
): IcsExportChoices {
  const first = roadmap.phases[0]?.number ?? 1;
  const choices = stored ?? {
    range: 'all',
    weeks: 4,
    phase: first,
    milestones: true,
    reminder: false,
    reminderMinutes: 15,
  };
  const known = roadmap.phases.some((p) => p.number === choices.phase);
  return known
    ? choices
    : { ...choices, phase: first, range: choices.range === 'phase' ? 'all' : choices.range };
}

/** The range the choices export. */
export function exportChoicesRange(choices: Pick<IcsExportChoices, 'range' | 'weeks' | 'phase'>): IcsRange {
  switch (choices.range) {
    case 'all':
      return { kind: 'all' };
    case 'weeks':
      return { kind: 'weeks', weeks: choices.weeks };
    case 'phase':
      return { kind: 'phase', phase: choices.phase };
  }
}

/** Whether two sets of choices are the same (field by field). */
export function sameExportChoices(a: IcsExportChoices, b: IcsExportChoices): boolean {
  return (Object.keys(a) as (keyof IcsExportChoices)[]).every((key) => a[key] === b[key]);
}

/** `the next 4 weeks, milestones, a reminder 15 minutes before`: the choices in words. */
export function describeExportChoices(choices: IcsExportChoices): string {
  const range =
    choices.range === 'all'
      ? 'the whole plan'
      : choices.range === 'weeks'
        ? `the next ${choices.weeks === 1 ? 'week' : `${choices.weeks} weeks`}`
        : `phase ${choices.phase}`;
  const milestones = choices.milestones ? 'milestones' : 'no milestones';
  const minutes = choices.reminderMinutes;
  const reminder = choices.reminder
    ? `a reminder ${minutes} minute${minutes === 1 ? '' : 's'} before`
    : 'no reminder';
  return `${range}, ${milestones}, ${reminder}`;
}
