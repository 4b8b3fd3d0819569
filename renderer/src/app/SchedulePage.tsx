import type { Roadmap, TopicId } from '../domain';
import type { StudyPlan } from '../features/plan';
import { ScheduleView } from '../features/schedule/ScheduleView';
import { useReminderSetting } from '../features/schedule/useReminderSetting';
import { unpinSession, useActionChannel } from '../storage';

type Props = {
  roadmap: Roadmap;
  plan: StudyPlan;
  onOpenTopic: (id: TopicId) => void;
  onExport: () => void;
};

/** The Schedule view wired to the plan. Loads when first shown. */
export function SchedulePage({ roadmap, plan, onOpenTopic, onExport }: Props) {
  const reminder = useReminderSetting();
  const channel = useActionChannel();
  return (
    <ScheduleView
      roadmap={roadmap}
      schedule={plan.schedule}
      today={plan.today}
      daysOff={plan.settings.blackoutDates}
      plannedFrom={plan.replannedOn}
      onOpenTopic={onOpenTopic}
      onLog={plan.log}
      previewReplan={plan.previewReplan}
      remind={reminder.remind}
      onRemind={reminder.setRemind}
      onExport={onExport}
      onReplan={plan.replan}
      timeZone={plan.settings.timeZone}
      busy={plan.busyIntervals}
      reserve={plan.schedule?.reserve}
      onUnpin={(session) => {
        const title = roadmap.topicsById.get(session.topicId)?.title ?? session.topicId;
        void channel.run(unpinSession(roadmap.id, session.id, title));
      }}
    />
  );
}
