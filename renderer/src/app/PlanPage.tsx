import type { Roadmap } from '../domain';
import { CalendarSyncPanel } from '../features/calendar-sync';
import { PlanView } from '../features/plan/PlanView';
import type { StudyPlan } from '../features/plan';

type Props = { roadmap: Roadmap; plan: StudyPlan };

/** The Plan view: the plan's settings, with calendar sync under them. Loads when first shown. */
export function PlanPage({ roadmap, plan }: Props) {
  return (
    <PlanView
      roadmap={roadmap}
      settings={plan.settings}
      saved={plan.saved}
      project={plan.project}
      onSave={plan.save}
    >
      <CalendarSyncPanel
        roadmap={roadmap}
        planSaved={plan.saved}
        timeZone={plan.settings.timeZone}
        estimateOf={plan.estimateOf}
        setEstimate={plan.setEstimate}
      />
    </PlanView>
  );
}
