import { useId, useMemo } from 'react';
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { formatMinutes, formatWeekdayDay, WEEKDAYS } from '../../domain';
import { canonicalTimeZone } from '../../domain/time-zone-search';
import type { PlanSettings, Roadmap, Schedule } from '../../domain';
import { BreakField } from './BreakField';
import { BusyCalendars } from './BusyCalendars';
import { DaysOffEditor } from './DaysOffEditor';
import { FieldError } from './FieldError';
import { fieldAria } from './field-aria';
import { FIRST_PLAN_DAY, LAST_PLAN_DAY, weeklyMinutes } from './plan-draft';
import { PhaseTargets } from './PhaseTargets';
import { ReviewSettingsFields } from './ReviewSettingsFields';
import { SessionLengthField } from './SessionLengthField';
import { TimeZoneField } from './TimeZoneField';
import { usePlanDraft } from './usePlanDraft';
import { WeekdayTable } from './WeekdayTable';
import { WhatIfPanel } from './WhatIfPanel';
import './plan-view.css';

type Props = {
  roadmap: Roadmap;
  /** The stored settings, or a default when the user has not saved a plan yet. */
  settings: PlanSettings;
  /** False while `settings` is the unsaved default. */
  saved: boolean;
  /** Schedules settings as they stand (the saved ones or a draft), for the what-if projections. */
  project: (settings: PlanSettings) => Schedule;
  onSave: (settings: PlanSettings) => void;
  /** More of the plan's settings kept outside the form (calendar sync), under the busy calendars. */
  children?: ReactNode;
};

/** Paths the form shows next to a field; any other problem is listed above the buttons. */
const FIELD_PATHS =
  /^(startDate|timeZone|maxSessionMinutes|minSessionMinutes|breakMinutes|reservePercent|availability\.|sessionStart\.|phaseTargets\.|blackoutDates|review\.)/;

/** The study plan's settings, edited as a draft, with the projected phase ends beside them. */
export function PlanView({ roadmap, settings, saved, project, onSave, children }: Props) {
  const id = useId();
  const { draft, changed, result, update, discard } = usePlanDraft(settings);
  const { problems } = result;
  const canSave = result.settings !== null && (changed || !saved);

  const schedule = useMemo(
    () => (result.settings ? project(result.settings) : null),
    [project, result.settings],
  );
  const previous = useMemo(
    () => (saved && changed ? project(settings) : null),
    [project, settings, saved, changed],
  );

  const weekly = weeklyMinutes(draft.minutes);
  const savedWeekly = WEEKDAYS.reduce((sum, day) => sum + settings.availability[day], 0);
  const daysOffProblem = [...problems].find(([path]) => path.startsWith('blackoutDates'))?.[1];
  const otherProblems = [...problems].filter(([path]) => !FIELD_PATHS.test(path));

  const save = () => {
    if (canSave && result.settings) onSave(result.settings);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  };
  const field = (path: string) => ({ problem: problems.get(path), errorId: `${id}-${path}-error` });
  const startDate = field('startDate');

  return (
    <div className="plan-view">
      <header className="plan-view__header">
        <h2>Plan</h2>
        {saved ? (
          <p className="plan-view__summary">
            {formatMinutes(savedWeekly)} a week from {formatWeekdayDay(settings.startDate, true)},{' '}
            {canonicalTimeZone(settings.timeZone) ?? settings.timeZone}
          </p>
        ) : (
          <p className="plan-view__intro">Not saved yet — Save plan to see your schedule</p>
        )}
      </header>

      <div className="plan-view__body">
        <form
          className="plan-form"
          aria-label="Plan settings"
          noValidate
          onSubmit={onSubmit}
          onKeyDown={onKeyDown}
        >
          <section className="plan-form__section" aria-labelledby={`${id}-dates`}>
            <h3 id={`${id}-dates`}>Dates</h3>
            <div className="plan-field">
              <label htmlFor={`${id}-start-date`}>Start date</label>
              <input
                id={`${id}-start-date`}
                className="plan-input"
                type="date"
                min={FIRST_PLAN_DAY}
                max={LAST_PLAN_DAY}
                value={draft.startDate}
                onChange={(event) => update({ startDate: event.target.value })}
                {...fieldAria(startDate.errorId, startDate.problem)}
              />
              <FieldError id={startDate.errorId} problem={startDate.problem} />
            </div>
            <TimeZoneField
              value={draft.timeZone}
              problem={problems.get('timeZone')}
              onChange={(timeZone) => update({ timeZone })}
            />
          </section>

          <section className="plan-form__section" aria-labelledby={`${id}-week`}>
            <h3 id={`${id}-week`}>Weekly study time</h3>
            <WeekdayTable
              minutes={draft.minutes}
              sessionStart={draft.sessionStart}
              problems={problems}
              onMinutes={(day, text) => update({ minutes: { ...draft.minutes, [day]: text } })}
              onStart={(day, time) => update({ sessionStart: { ...draft.sessionStart, [day]: time } })}
            />
          </section>

          <section className="plan-form__section" aria-labelledby={`${id}-sessions`}>
            <h3 id={`${id}-sessions`}>Sessions</h3>
            <div className="plan-form__pair">
              <SessionLengthField
                label="Longest session"
                value={draft.maxSessionMinutes}
                problem={problems.get('maxSessionMinutes')}
                onChange={(text) => update({ maxSessionMinutes: text })}
              />
              <SessionLengthField
                label="Shortest session"
                value={draft.minSessionMinutes}
                problem={problems.get('minSessionMinutes')}
                onChange={(text) => update({ minSessionMinutes: text })}
              />
            </div>
            <BreakField
              value={draft.breakMinutes}
              problem={problems.get('breakMinutes')}
              onChange={(text) => update({ breakMinutes: text })}
            />
            <SessionLengthField
              label="Reserve for catch-up"
              value={draft.reservePercent}
              problem={problems.get('reservePercent')}
              onChange={(text) => update({ reservePercent: text })}
              unit="% of each week's study time, kept free for missed sessions"
              min={0}
              max={50}
            />
          </section>

          <section className="plan-form__section" aria-labelledby={`${id}-days-off`}>
            <h3 id={`${id}-days-off`}>Days off</h3>
            <DaysOffEditor
              dates={draft.blackoutDates}
              problem={daysOffProblem}
              onChange={(blackoutDates) => update({ blackoutDates })}
            />
          </section>

          <section className="plan-form__section" aria-labelledby={`${id}-targets`}>
            <h3 id={`${id}-targets`}>Phase targets</h3>
            <PhaseTargets
              roadmap={roadmap}
              targets={draft.phaseTargets}
              problems={problems}
              onChange={(phase, date) => {
                const { [phase]: _old, ...rest } = draft.phaseTargets;
                update({ phaseTargets: date === '' ? rest : { ...rest, [phase]: date } });
              }}
            />
          </section>

          <section className="plan-form__section" aria-labelledby={`${id}-review`}>
            <h3 id={`${id}-review`}>Review</h3>
            <ReviewSettingsFields
              review={draft.review}
              problems={problems}
              onChange={(review) => update({ review })}
            />
          </section>

          {otherProblems.length > 0 && (
            <ul className="plan-form__other-problems">
              {otherProblems.map(([path, message]) => (
                <li key={path}>{path === '' ? message : `${path}: ${message}`}</li>
              ))}
            </ul>
          )}

          <div className="plan-form__actions">
            <button type="submit" className="button button--primary" disabled={!canSave}>
              Save plan
            </button>
            {changed && (
              <button type="button" className="button" onClick={discard}>
                Discard changes
              </button>
            )}
            <span className="plan-field__hint">Ctrl+Enter (⌘+Enter) saves</span>
          </div>
        </form>

        <WhatIfPanel roadmap={roadmap} schedule={schedule} previous={previous} weeklyMinutes={weekly} />

        {/* Not in the form: a calendar is stored when added, not by "Save plan". */}
        <BusyCalendars roadmapId={roadmap.id} timeZone={settings.timeZone} />
        {children}
      </div>
    </div>
  );
}
