import { useState } from 'react';
import type { Roadmap, Topic, TopicId, TopicStatus } from '../../domain';
import { rateTopic, useActionChannel } from '../../storage';
import type { ReviewCardRecord } from '../../storage';
import { nextReviewText } from '../../ui/review-words';
import { dueTopics, nextDue } from './review-queue';
import { ReviewSession } from './ReviewSession';
import { useReviewAddress } from './useReviewAddress';
import './review.css';

type Props = {
  roadmap: Roadmap;
  today: string;
  cards: readonly ReviewCardRecord[] | undefined;
  /** Every topic's status; null while loading. */
  statuses: ReadonlyMap<TopicId, TopicStatus> | null;
  notes: ReadonlyMap<TopicId, string>;
};

/**
 * The Review view (`#review`): every done topic due today or earlier, or exactly the topics
 * the address names (`#review?topics=a,b`), reviewed one at a time.
 */
export function ReviewView({ roadmap, today, cards, statuses, notes }: Props) {
  const address = useReviewAddress();
  return (
    <div className="review-view">
      {cards && statuses && (
        <Review
          key={address.key}
          requested={address.topics}
          roadmap={roadmap}
          today={today}
          cards={cards}
          statuses={statuses}
          notes={notes}
        />
      )}
    </div>
  );
}

type ReviewProps = Omit<Props, 'cards' | 'statuses'> & {
  requested: TopicId[] | null;
  cards: readonly ReviewCardRecord[];
  statuses: ReadonlyMap<TopicId, TopicStatus>;
};

function Review({ requested, roadmap, today, cards, statuses, notes }: ReviewProps) {
  const channel = useActionChannel();
  // The topics are set when the review starts: a topic rated is no longer due, but stays in it.
  const [topics] = useState(() =>
    (requested ?? dueTopics(cards, statuses, today))
      .map((id) => roadmap.topicsById.get(id))
      .filter((topic): topic is Topic => topic !== undefined),
  );
  if (topics.length === 0) {
    const upcoming = nextDue(cards, statuses, today);
    return (
      <div className="review-session review-empty">
        <h2>Review</h2>
        <p className="review-empty__lead">Nothing is due for review today.</p>
        <p className="review-empty__next">
          {upcoming
            ? `First to come back: “${roadmap.topicsById.get(upcoming.topicId)?.title ?? upcoming.topicId}” · ${nextReviewText(today, upcoming.due)}.`
            : 'Topics you mark Done come back here at growing intervals, so you keep what you learned.'}
        </p>
        <p className="review-summary__links">
          <a className="button" href="#graph">
            Back to the graph
          </a>
        </p>
      </div>
    );
  }
  return (
    <ReviewSession
      roadmap={roadmap}
      topics={topics}
      today={today}
      cards={cards}
      notes={notes}
      onRate={(topic, rating) =>
        void channel.run(rateTopic(roadmap.id, topic.id, rating, { at: Date.now(), title: topic.title }))
      }
    />
  );
}
