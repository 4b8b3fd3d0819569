import { formatMoment } from '../../domain';
import type { BackupSummary } from '../../domain';

/** What a backup holds, shown before it replaces anything. */
export function BackupSummaryList({ fileName, summary }: { fileName: string; summary: BackupSummary }) {
  const { counts } = summary;
  return (
    <>
      <p>
        “{fileName}”, made {formatMoment(summary.exportedAt) ?? summary.exportedAt} by Roadmap Planner{' '}
        {summary.appVersion}, holds:
      </p>
      <ul className="dialog__list">
        <li>{count(counts.topicStates, 'topic status', 'topic statuses')}</li>
        <li>{count(counts.itemStates, 'sub-point mark', 'sub-point marks')}</li>
        <li>{count(counts.notes, 'note', 'notes')}</li>
        {counts.plans > 0 && <li>{count(counts.plans, 'plan', 'plans')}</li>}
        {counts.sessionLog > 0 && <li>{count(counts.sessionLog, 'logged session', 'logged sessions')}</li>}
        {counts.reviewLog > 0 && (
          <li>
            {count(counts.reviewLog, 'review rating', 'review ratings')} of{' '}
            {count(counts.reviewCards, 'topic', 'topics')}
          </li>
        )}
        {counts.busyCalendars > 0 && (
          <li>{count(counts.busyCalendars, 'busy calendar', 'busy calendars')}</li>
        )}
        {counts.roadmaps > 0 && <li>{count(counts.roadmaps, 'imported roadmap', 'imported roadmaps')}</li>}
        {counts.roadmapEdits > 0 && (
          <li>
            {count(
              counts.roadmapEdits,
              'roadmap with your own prerequisites',
              'roadmaps with your own prerequisites',
            )}
          </li>
        )}
        {counts.exportChoices > 0 && (
          <li>calendar export options for {count(counts.exportChoices, 'plan', 'plans')}</li>
        )}
      </ul>
      {summary.unknownTopicIds.length > 0 && (
        <p>
          {summary.unknownTopicIds.length} {summary.unknownTopicIds.length === 1 ? 'topic is' : 'topics are'}{' '}
          not in this roadmap ({summary.unknownTopicIds.map((t) => t.topicId).join(', ')}): their rows are
          kept aside, not restored and not lost.
        </p>
      )}
      <p>Restoring replaces everything stored now. Export a backup first if you may want it back.</p>
    </>
  );
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
