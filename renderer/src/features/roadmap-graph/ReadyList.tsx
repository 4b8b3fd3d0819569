import { Panel } from '@xyflow/react';
import { useId } from 'react';
import { formatWeekdayDay } from '../../domain';
import type { Roadmap, TopicId, TopicState } from '../../domain';
import { phaseSlot } from '../../ui';
import { readyInPlanOrder } from './ready-order';

type Props = {
  roadmap: Roadmap;
  states: ReadonlyMap<TopicId, TopicState>;
  firstPlanned: ReadonlyMap<TopicId, { date: string }>;
  selectedId: TopicId | null;
  onGo: (id: TopicId) => void;
};

/** "Ready now": the topics that can be started, in the plan's order; each one leads to its node. */
export function ReadyList({ roadmap, states, firstPlanned, selectedId, onGo }: Props) {
  const headingId = useId();
  const ready = readyInPlanOrder(roadmap.topics, states, firstPlanned);
  return (
    <Panel position="top-left" className="ready-list">
      <section aria-labelledby={headingId}>
        <h2 id={headingId} className="ready-list__heading">
          Ready now <span className="ready-list__count">{ready.length}</span>
        </h2>
        {ready.length === 0 ? (
          <p className="ready-list__empty">
            Nothing is ready to start: every open topic waits for a prerequisite.
          </p>
        ) : (
          <ol className="ready-list__items">
            {ready.map((id) => {
              const topic = roadmap.topicsById.get(id);
              const first = firstPlanned.get(id);
              return (
                <li key={id}>
                  <button
                    type="button"
                    className="ready-list__item"
                    data-phase={phaseSlot(topic?.phaseNumber ?? 1)}
                    aria-current={id === selectedId || undefined}
                    onClick={() => onGo(id)}
                  >
                    <span className="ready-list__title">{topic?.title ?? id}</span>
                    <span className="ready-list__when">
                      {first
                        ? `Planned ${formatWeekdayDay(first.date)}`
                        : `Section ${topic?.sectionNumber ?? ''}`}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </Panel>
  );
}
