import { useEffect, useRef, useState } from 'react';
import type { ReviewCard, ReviewRating, Roadmap, Topic, TopicId } from '../../domain';
import { nextReviewText, ratingLabel } from '../../ui/review-words';
import { RatingButtons } from './RatingButtons';
import { ReviewSummary } from './ReviewSummary';
import { ReviewTopic } from './ReviewTopic';
import { useRatingKeys } from './useRatingKeys';

type Cards = readonly Pick<ReviewCard, 'topicId' | 'due'>[];

type Props = {
  roadmap: Roadmap;
  topics: readonly Topic[];
  today: string;
  /** The stored cards, live: a rated topic's next due date is its card once storage reports it. */
  cards: Cards;
  notes: ReadonlyMap<TopicId, string>;
  onRate: (topic: Topic, rating: ReviewRating) => void;
};

/** A rating given here, and the cards as they were: the topic's new card is in the next ones. */
type Rated = { rating: ReviewRating; cardsBefore: Cards };

/** Reviews topics one at a time: recall, rate (buttons or 1–4), see when it comes back, go on. */
export function ReviewSession({ roadmap, topics, today, cards, notes, onRate }: Props) {
  const [index, setIndex] = useState(0);
  const [rated, setRated] = useState<ReadonlyMap<TopicId, Rated>>(new Map());
  const view = useRef<HTMLDivElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const topic = topics[index];
  const current = topic ? rated.get(topic.id) : undefined;

  const dueOf = (id: TopicId): string | null => {
    const given = rated.get(id);
    if (!given || cards === given.cardsBefore) return null;
    return cards.find((c) => c.topicId === id)?.due ?? null;
  };
  const rate = (rating: ReviewRating) => {
    if (!topic || current) return;
    setRated((before) => new Map(before).set(topic.id, { rating, cardsBefore: cards }));
    onRate(topic, rating);
  };
  useRatingKeys(topic !== undefined && current === undefined, rate);

  // Keyboard and screen-reader users follow along: the next topic's title, then Next once rated.
  useEffect(() => {
    view.current?.querySelector<HTMLElement>('[data-review-title]')?.focus();
  }, [index]);
  useEffect(() => {
    if (current) next.current?.focus();
  }, [current]);

  if (!topic) {
    return (
      <ReviewSummary
        results={topics.map((t) => ({ topic: t, rating: rated.get(t.id)?.rating ?? null, due: dueOf(t.id) }))}
        today={today}
      />
    );
  }
  const due = dueOf(topic.id);
  const last = index === topics.length - 1;
  return (
    <div className="review-session" ref={view}>
      <div className="review-session__progress">
        <span>
          Review · {index + 1} of {topics.length}
        </span>
        <progress max={topics.length} value={index} aria-label="Topics reviewed" />
      </div>
      <article className="review-topic">
        <ReviewTopic key={topic.id} roadmap={roadmap} topic={topic} note={notes.get(topic.id) ?? ''} />
      </article>
      <section className="review-session__rate" aria-label="Rate it">
        <h3>How well did you know it?</h3>
        <RatingButtons onRate={rate} chosen={current?.rating ?? null} hints />
        <div className="review-session__after">
          <p className="review-session__due" role="status">
            {current && `${ratingLabel(current.rating)} · ${due ? nextReviewText(today, due) : 'Saving…'}`}
          </p>
          {current ? (
            <button
              ref={next}
              type="button"
              className="button button--primary"
              onClick={() => setIndex(index + 1)}
            >
              {last ? 'Finish' : 'Next topic'}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => setIndex(index + 1)}>
              {last ? 'Skip and finish' : 'Skip for now'}
            </button>
          )}
        </div>
      </section>
    </div>
  );
}
