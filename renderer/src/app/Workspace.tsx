import { useCallback, useRef, useState } from 'react';
import type { TopicId } from '../domain';
import { focusTopicNode, RoadmapGraph, useCentreTopic } from '../features/roadmap-graph';
import { SearchBox } from '../features/search';
import { TOPIC_PANEL_INSET, TopicPanel } from '../features/topic-panel';
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
  const opened = useRoadmapDocument(opening);
  const ready = opened.status === 'ready' ? opened : null;
  const [selectedId, setSelectedId] = useState<TopicId | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const centre = useCentreTopic(ready?.layout ?? null, TOPIC_PANEL_INSET);

  // From search or a link in the panel: bring the topic into view beside the panel.
  const openTopic = useCallback(
    (id: TopicId) => {
      setSelectedId(id);
      centre(id);
    },
    [centre],
  );
  // Closing on purpose (Escape, the close button) puts focus back on the topic's node, so
  // keyboard users carry on from where they were.
  const close = useCallback(() => {
    if (selectedId !== null) focusTopicNode(selectedId);
    setSelectedId(null);
  }, [selectedId]);

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
      <main className="main" id="graph" aria-busy={opened.status === 'loading'}>
        {opened.status === 'loading' && <p className="main__status">Opening the roadmap…</p>}
        {opened.status === 'invalid' && <ProblemList problems={opened.problems} />}
        {ready && (
          <RoadmapGraph
            roadmap={ready.roadmap}
            layout={ready.layout}
            selectedId={selectedId}
            onSelect={setSelectedId}
          />
        )}
        {ready && topic && (
          <TopicPanel
            key={topic.id}
            roadmap={ready.roadmap}
            topic={topic}
            onSelect={openTopic}
            onClose={close}
          />
        )}
      </main>
    </div>
  );
}
