import type { Roadmap } from '../domain';
import type { TopicProgress } from '../features/progress';
import { FinishPrompt, ReviewView } from '../features/review';
import { useReviewCards } from '../storage';
import type { View } from './useView';

type Props = {
  view: View;
  roadmap: Roadmap;
  progress: TopicProgress;
  today: string;
};

/**
 * Spaced review in the window, loaded after the first paint: the Review view and the
 * self-check after Done.
 */
export function ReviewPage({ view, roadmap, progress, today }: Props) {
  const cards = useReviewCards(roadmap.id);
  return (
    <>
      {view === 'review' && (
        <ReviewView
          roadmap={roadmap}
          today={today}
          cards={cards}
          statuses={progress.loaded ? progress.statuses : null}
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
