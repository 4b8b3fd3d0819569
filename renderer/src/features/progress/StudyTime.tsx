import type { StudyStats } from './useStudyStats';
import { WeeklyHours } from './WeeklyHours';
import { YearHeatmap } from './YearHeatmap';

type Props = { stats: StudyStats; today: string };

/** The time spent: reviews coming due, a year of study days and planned against done hours. */
export function StudyTime({ stats, today }: Props) {
  const { due } = stats;
  return (
    <>
      <p className="progress-view__due">
        <strong>Due for review:</strong>{' '}
        {due.rated === 0
          ? 'nothing yet. A topic comes up for review once you mark it done.'
          : `${due.within7} in the next 7 days, ${due.within30} in the next 30`}
      </p>
      <section aria-labelledby="progress-days">
        <h3 id="progress-days">Study days</h3>
        <YearHeatmap heatmap={stats.heatmap} today={today} />
      </section>
      <section aria-labelledby="progress-weeks">
        <h3 id="progress-weeks">Hours per week, planned and done</h3>
        <WeeklyHours weeks={stats.weeks} />
      </section>
    </>
  );
}
