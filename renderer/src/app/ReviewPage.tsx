import { useEffect, useMemo } from 'react';
import type { Roadmap, TopicId } from '../domain';
import type { TopicProgress } from '../features/progress';
import { dueTopics, FinishPrompt, ReviewView } from '../features/review';
import { useReviewCards } from '../storage';
import type { View } from './useView';

type Props = {
  view: View;
  roadmap: Roadmap;
  progress: TopicProgress;
  today: string;
  /** Told the topics due for review (done, due today or earlier), for the graph's marks. */
  onDue: (due: ReadonlySet<TopicId>) => void;
};

/**
 * Spaced review in the window, loaded after the first paint: the Review view, the self-check
 * after Done, and the topics due for review (the graph marks them).
 */
export function ReviewPage({ view, roadmap, progress, today, onDue }: Props) {
  const cards = useReviewCards(roadmap.id);
  const statuses = progress.loaded ? progress.statuses : null;
  const due = useMemo(
    () => new Set(cards && statuses ? dueTopics(cards, statuses, today) : []),
    [cards, statuses, today],
  );
  // The graph is drawn before this loads: it learns what is due once the cards are read.
  useEffect(() => onDue(due), [due, onDue]);
  return (
    <>
      {view === 'review' && (
        <ReviewView
          roadmap={roadmap}
          today={today}
          cards={cards}
          statuses={statuses}
          notes={progress.notes}
        />
      )}
      <FinishPrompt
        key={roadmap.id}
        roadmap={roadmap}
        today={today}
        cards={cards}
        hidden={view === 'review'}
      />
    </>
  );
}
