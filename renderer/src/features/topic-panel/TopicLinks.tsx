import type { MouseEvent } from 'react';
import type { Roadmap, TopicId } from '../../domain';

type LinksProps = {
  label: string;
  empty: string;
  ids: readonly TopicId[];
  roadmap: Roadmap;
  onSelect: (id: TopicId) => void;
  /** A sentence above the list. */
  intro?: string;
  /** A numbered list: the order matters (study order). */
  ordered?: boolean;
};

/** Related topics as links that select them on the graph. */
export function TopicLinks({ label, empty, ids, roadmap, onSelect, intro, ordered = false }: LinksProps) {
  const List = ordered ? 'ol' : 'ul';
  const follow = (event: MouseEvent<HTMLAnchorElement>, id: TopicId) => {
    event.preventDefault();
    onSelect(id);
  };
  return (
    <section className="topic-panel__block" aria-label={label}>
      <h3>{label}</h3>
      {intro !== undefined && <p className="topic-panel__intro">{intro}</p>}
      {ids.length === 0 ? (
        <p className="topic-panel__empty">{empty}</p>
      ) : (
        <List className="topic-panel__related">
          {ids.map((id) => {
            const related = roadmap.topicsById.get(id);
            return (
              <li key={id}>
                <a href={`#${id}`} onClick={(event) => follow(event, id)}>
                  {related?.title ?? id}
                </a>
                {related && <span className="topic-panel__where">Section {related.sectionNumber}</span>}
              </li>
            );
          })}
        </List>
      )}
    </section>
  );
}
