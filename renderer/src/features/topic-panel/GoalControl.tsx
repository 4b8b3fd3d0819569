import type { GoalSummary } from './goal-summary';
import { goalSentence } from './goal-summary';

type Props = {
  /** Set when this topic is the goal: what stands before it. */
  summary: GoalSummary | null;
  /** The title of the current goal when it is another topic. */
  otherGoal: string | null;
  /** A finished topic is offered no goal (the current goal can still be cleared). */
  finished: boolean;
  onPlanToward: () => void;
  onClear: () => void;
};

/** Plan toward this topic (its open prerequisites first), or back to the normal order. */
export function GoalControl({ summary, otherGoal, finished, onPlanToward, onClear }: Props) {
  if (summary) {
    return (
      <section className="topic-panel__block goal-control" aria-label="Goal" data-goal="">
        <h3>Your goal</h3>
        <p className="goal-control__sentence">{goalSentence(summary)}</p>
        <button type="button" className="button" onClick={onClear}>
          Clear goal
        </button>
      </section>
    );
  }
  if (finished) return null;
  return (
    <section className="topic-panel__block goal-control" aria-label="Goal">
      <button type="button" className="button" onClick={onPlanToward}>
        Plan toward this topic
      </button>
      <p className="goal-control__hint">
        {otherGoal
          ? `Its open prerequisites come first in the plan, instead of those of ${otherGoal}.`
          : 'Its open prerequisites come first in the plan.'}
      </p>
    </section>
  );
}
