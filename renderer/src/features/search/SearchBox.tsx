import { useEffect, useId, useMemo, useState } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import type { Roadmap, TopicId } from '../../domain';
import type * as Search from '../../domain/search';
import '../../ui/menu.css';
import './search.css';

type Props = {
  roadmap: Roadmap | null;
  onPick: (id: TopicId) => void;
  ref?: Ref<HTMLInputElement>;
};

/**
 * The matching code, loaded just after the first paint (the box is there at once; nobody
 * types before the window has drawn).
 */
function useSearch(): typeof Search.searchTopics | null {
  const [search, setSearch] = useState<typeof Search.searchTopics | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../domain/search').then(({ searchTopics }) => {
      if (live) setSearch(() => searchTopics);
    });
    return () => {
      live = false;
    };
  }, []);
  return search;
}

/** Search as you type; Enter opens the best (or highlighted) match. */
export function SearchBox({ roadmap, onPick, ref }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const search = useSearch();
  const hits = useMemo(() => (roadmap && search ? search(roadmap, query) : []), [roadmap, search, query]);
  const showList = open && query.trim() !== '';
  const activeHit = hits[Math.min(active, hits.length - 1)];
  const activeId = showList && activeHit ? `${listId}-${activeHit.topic.id}` : undefined;

  // Keep the highlighted match in sight as arrow keys move through a long list.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const pick = (id: TopicId) => {
    setOpen(false);
    setQuery('');
    setActive(0);
    onPick(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (hits.length === 0 ? 0 : (i + step + hits.length) % hits.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeHit) pick(activeHit.topic.id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (query !== '') setQuery('');
      else event.currentTarget.blur();
      setOpen(false);
    }
  };

  return (
    <div className="search" role="search">
      <svg className="search__icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="7" cy="7" r="4.5" />
        <path d="M10.5 10.5 14 14" />
      </svg>
      <input
        ref={ref}
        className="search__input"
        data-skip-target="search"
        type="search"
        role="combobox"
        aria-label="Search topics"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        placeholder="Search topics"
        autoComplete="off"
        spellCheck={false}
        value={query}
        disabled={roadmap === null}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search__hint" aria-hidden="true">
        /
      </kbd>
      {showList && (
        <ul className="listbox-popup search__results" id={listId} role="listbox" aria-label="Matching topics">
          {hits.length === 0 && (
            <li className="search__empty" role="presentation">
              No topic matches “{query.trim()}”
            </li>
          )}
          {hits.map((hit, index) => (
            <li
              key={hit.topic.id}
              id={`${listId}-${hit.topic.id}`}
              role="option"
              aria-selected={hit === activeHit}
              className="search__option"
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(hit.topic.id);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span className="search__title">{hit.topic.title}</span>
              <span className="search__where">
                Section {hit.topic.sectionNumber} · Phase {hit.topic.phaseNumber}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
