import { sessionClockSpan } from '../../domain';
import { formatWeekdayDay } from './schedule-words';
import type { ReplanPreview, Roadmap, ScheduledSession } from '../../domain';
import { ConfirmDialog } from '../../ui';
import './replan.css';

type Props = {
  roadmap: Roadmap;
  preview: ReplanPreview;
  today: string;
  onReplan: () => void;
  onCancel: () => void;
};

const SHOWN = 8;

const when = (session: ScheduledSession | null) =>
  session ? `${formatWeekdayDay(session.date)} ${sessionClockSpan(session)}` : 'new';

/** "Replan from now?": what really changes (time or length), before anything does. */
export function ReplanDialog({ roadmap, preview, today, onReplan, onCancel }: Props) {
  const { moves, unchanged, phaseEnds } = preview;
  const title = (topicId: string) => roadmap.topicsById.get(topicId)?.title ?? topicId;
  return (
    <ConfirmDialog
      title="Replan from now?"
      confirm="Replan"
      tone="primary"
      onConfirm={onReplan}
      onCancel={onCancel}
    >
      {moves.length === 0 ? (
        <p>Nothing moves: the plan already fits from {formatWeekdayDay(today)}.</p>
      ) : (
        <>
          <p>{changeSummary(moves, unchanged)} Work you logged stays where it is.</p>
          <table className="replan-table">
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Was</th>
                <th scope="col">Becomes</th>
              </tr>
            </thead>
            <tbody>
              {moves.slice(0, SHOWN).map((move) => {
                const session = move.to ?? move.from!;
                return (
                  <tr key={move.id}>
                    <td>
                      {title(move.topicId)}{' '}
                      <span className="replan-table__part">
                        ({session.part}/{session.parts})
                      </span>
                    </td>
                    <td>{when(move.from)}</td>
                    <td>{move.to ? when(move.to) : 'no longer needed'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {moves.length > SHOWN && <p className="replan-table__more">and {moves.length - SHOWN} more.</p>}
          {phaseEnds.length > 0 && (
            <ul className="replan-ends" aria-label="Phase ends">
              {phaseEnds.map((end) => (
                <li key={end.phase}>
                  Phase {end.phase} ends {end.to ? formatWeekdayDay(end.to, true) : 'unplanned'}
                  {end.from ? ` (was ${formatWeekdayDay(end.from, true)})` : ''}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </ConfirmDialog>
  );
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 sessions move, 1 new, 204 keep their time." — each kind of change counted on its own. */
function changeSummary(moves: ReplanPreview['moves'], unchanged: number): string {
  const moved = moves.filter((m) => m.from && m.to).length;
  const added = moves.filter((m) => !m.from).length;
  const gone = moves.filter((m) => !m.to).length;
  const parts = [
    moved > 0 ? count(moved, 'session moves', 'sessions move') : '',
    added > 0 ? `${added} new` : '',
    gone > 0 ? `${gone} no longer needed` : '',
    count(unchanged, 'keeps its time', 'keep their time'),
  ];
  return `${parts.filter(Boolean).join(', ')}.`;
}
