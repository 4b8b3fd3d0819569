import { useEffect, useRef } from 'react';
import type { MouseEvent, ReactNode } from 'react';
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
  /** Gives each topic a Remove button named `${removeName} “title”`. */
  onRemove?: ((id: TopicId) => void) | undefined;
  removeName?: string;
  /** Shown under the list (an Add form). */
  children?: ReactNode;
};

/** Related topics as links that select them on the graph. */
export function TopicLinks({
  label,
  empty,
  ids,
  roadmap,
  onSelect,
  intro,
  ordered = false,
  onRemove,
  removeName = 'Remove',
  children,
}: LinksProps) {
  const List = ordered ? 'ol' : 'ul';
  const block = useRef<HTMLElement>(null);
  // The row whose Remove was pressed: once it is gone, the focus goes to the row now in its
  // place (or the last one, or the first button under the list), not to the page's start.
  const removedAt = useRef<number | null>(null);
  useEffect(() => {
    const at = removedAt.current;
    if (at === null) return;
    removedAt.current = null;
    const removes = block.current?.querySelectorAll<HTMLButtonElement>('[data-remove]') ?? [];
    const next = removes[Math.min(at, removes.length - 1)] ?? block.current?.querySelector('button');
    next?.focus();
  }, [ids]);

  const follow = (event: MouseEvent<HTMLAnchorElement>, id: TopicId) => {
    event.preventDefault();
    onSelect(id);
  };
  return (
    <section className="topic-panel__block" aria-label={label} ref={block}>
      <h3>{label}</h3>
      {intro !== undefined && <p className="topic-panel__intro">{intro}</p>}
      {ids.length === 0 ? (
        <p className="topic-panel__empty">{empty}</p>
      ) : (
        <List className="topic-panel__related">
          {ids.map((id, index) => {
            const related = roadmap.topicsById.get(id);
            const where = related && (
              <span className="topic-panel__where">Section {related.sectionNumber}</span>
            );
            return (
              <li key={id}>
                <a href={`#${id}`} onClick={(event) => follow(event, id)}>
                  {related?.title ?? id}
                </a>
                {onRemove ? (
                  <span className="topic-panel__row-end">
                    {where}
                    <button
                      type="button"
                      className="icon-button topic-panel__remove"
                      aria-label={`${removeName} “${related?.title ?? id}”`}
                      data-remove=""
                      onClick={() => {
                        removedAt.current = index;
                        onRemove(id);
                      }}
                    >
                      <svg viewBox="0 0 16 16" aria-hidden="true">
                        <path d="M4 4l8 8M12 4l-8 8" />
                      </svg>
                    </button>
                  </span>
                ) : (
                  where
                )}
              </li>
            );
          })}
        </List>
      )}
      {children}
    </section>
  );
}
