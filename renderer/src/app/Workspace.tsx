import { useCallback, useRef, useState } from 'react';
import type { TopicId } from '../domain';
import { RoadmapGraph, useCentreTopic } from '../features/roadmap-graph';
import { SearchBox } from '../features/search';
import { TopicPanel } from '../features/topic-panel';
import { ProblemList } from './ProblemList';
import { openRoadmap } from './open-roadmap';
import { roadmapRequestFrom } from './roadmap-request';
import { Rail } from './Rail';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useRoadmapDocument } from './useRoadmapDocument';

// Started as the module loads, before the first render, so workers begin at once.
const opening = openRoadmap(roadmapRequestFrom(window.location.search));

/** The main window's content once inside the graph's provider. */
export function Workspace() {
  const document = useRoadmapDocument(opening);
  const ready = document.status === 'ready' ? document : null;
  const [selectedId, setSelectedId] = useState<TopicId | null>(null);
  const [focusPanel, setFocusPanel] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const centre = useCentreTopic(ready?.layout ?? null);

  const select = useCallback((id: TopicId | null) => {
    setFocusPanel(false);
    setSelectedId(id);
  }, []);
  // From search or a link in the panel: bring the topic into view and move focus to its
  // panel, as the keyboard user who asked for it expects.
  const openTopic = useCallback(
    (id: TopicId) => {
      setSelectedId(id);
      setFocusPanel(true);
      centre(id);
    },
    [centre],
  );
  const close = useCallback(() => setSelectedId(null), []);

  useGlobalShortcuts({
    focusSearch: () => search.current?.focus(),
    escape: () => {
      if (selectedId === null) return false;
      close();
      return true;
    },
  });

  const topic = ready && selectedId !== null ? ready.roadmap.topicsById.get(selectedId) : undefined;

  return (
    <div className="app">
      <Rail roadmap={ready?.roadmap ?? null} />
      <header className="topbar">
        <h1 className="topbar__title">{ready?.roadmap.title ?? 'Opening roadmap…'}</h1>
        <SearchBox ref={search} roadmap={ready?.roadmap ?? null} onPick={openTopic} />
      </header>
      <main className="main" aria-busy={document.status === 'loading'}>
        {document.status === 'loading' && <p className="main__status">Opening the roadmap…</p>}
        {document.status === 'invalid' && <ProblemList problems={document.problems} />}
        {ready && (
          <RoadmapGraph
            roadmap={ready.roadmap}
            layout={ready.layout}
            selectedId={selectedId}
            onSelect={select}
          />
        )}
        {ready && topic && (
          <TopicPanel
            roadmap={ready.roadmap}
            topic={topic}
            onSelect={openTopic}
            onClose={close}
            focusOnOpen={focusPanel}
          />
        )}
      </main>
    </div>
  );
}
