import { useId } from 'react';
import { REVIEW_MINUTES_RANGE, REVIEW_RETENTION_RANGE } from '../../domain';
import { MAX_DAY_MINUTES } from '../../domain/plan';
import { FieldError } from './FieldError';
import { fieldAria } from './field-aria';
import type { PlanDraft } from './plan-draft';
import { SessionLengthField } from './SessionLengthField';

type Props = {
  review: PlanDraft['review'];
  /** Problems keyed by field path (`review.retention`, …). */
  problems: ReadonlyMap<string, string>;
  onChange: (review: PlanDraft['review']) => void;
};

/**
 * Spaced review's settings: the desired retention (what it means, in words), the minutes one
 * topic's review takes, and the most review a day may hold (empty: half the day's study time).
 */
export function ReviewSettingsFields({ review, problems, onChange }: Props) {
  const id = useId();
  const retentionProblem = problems.get('review.retention');
  return (
    <>
      <div className="plan-field">
        <label htmlFor={`${id}-retention`}>Desired retention</label>
        <div className="plan-field__row">
          <input
            id={`${id}-retention`}
            className="plan-input plan-input--number"
            type="number"
            inputMode="decimal"
            min={REVIEW_RETENTION_RANGE.min}
            max={REVIEW_RETENTION_RANGE.max}
            step={0.01}
            value={review.retention}
            onChange={(event) => onChange({ ...review, retention: event.target.value })}
            {...fieldAria(`${id}-retention-error`, retentionProblem, `${id}-retention-hint`)}
          />
          <span id={`${id}-retention-hint`} className="plan-field__hint">
            {REVIEW_RETENTION_RANGE.min.toFixed(2)}–{REVIEW_RETENTION_RANGE.max}: the share of finished topics
            you still know when they come back; higher means more reviews
          </span>
        </div>
        <FieldError id={`${id}-retention-error`} problem={retentionProblem} />
      </div>
      <div className="plan-form__pair">
        <SessionLengthField
          label="Minutes per topic review"
          value={review.minutesPerTopic}
          problem={problems.get('review.minutesPerTopic')}
          onChange={(text) => onChange({ ...review, minutesPerTopic: text })}
          min={REVIEW_MINUTES_RANGE.min}
          max={REVIEW_MINUTES_RANGE.max}
        />
        <SessionLengthField
          label="Daily review cap"
          value={review.dailyCapMinutes}
          problem={problems.get('review.dailyCapMinutes')}
          onChange={(text) => onChange({ ...review, dailyCapMinutes: text })}
          unit="minutes a day at most; empty: half the day's study time"
          min={0}
          max={MAX_DAY_MINUTES}
        />
      </div>
    </>
  );
}
