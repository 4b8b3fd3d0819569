import { useEffect, useMemo, useState } from 'react';
import type { Roadmap, ReviewRating, TopicId } from '../../domain';
import { changeFinishRating, useActionChannel, useReviewLog } from '../../storage';
import type { ReviewCardRecord, ReviewLogRecord } from '../../storage';
import { nextReviewText, ratingLabel } from '../../ui/review-words';
import { newlyFinished } from './first-ratings';
import { SelfCheck } from './SelfCheck';
import './review.css';

type Props = {
  roadmap: Roadmap;
  today: string;
  cards: readonly ReviewCardRecord[] | undefined;
  /** Hidden (the review view asks itself), keeping what waits. */
  hidden: boolean;
};

/** How long the last answer's next review date stays once nothing else waits. */
const ANSWER_SHOWN_MS = 8_000;

/**
 * Asks how well the user knows each topic finished while the app is open: marking a topic
 * Done writes its first rating (Good) by itself; an answer changes that rating.
 */
export function FinishPrompt(props: Props) {
  const log = useReviewLog(props.roadmap.id);
  // Nothing to ask about before the log is read.
  return log ? <LoadedPrompt {...props} log={log} /> : null;
}

type Answer = {
  topicId: TopicId;
  title: string;
  rating: ReviewRating;
  /** The cards when the answer changed the rating: its card is the next one storage reports. */
  cardsBefore: Props['cards'] | null;
};

function LoadedPrompt({ roadmap, today, cards, hidden, log }: Props & { log: ReviewLogRecord[] }) {
  const channel = useActionChannel();
  // Rows dated from now on are topics finished in this window.
  const [since] = useState(() => Date.now());
  const [answered, setAnswered] = useState<ReadonlyMap<TopicId, number>>(new Map());
  const [answer, setAnswer] = useState<Answer | null>(null);
  const waiting = useMemo(
    () => newlyFinished(log, since, answered).filter((id) => roadmap.topicsById.has(id)),
    [log, since, answered, roadmap],
  );
  const current = waiting[0] ?? null;
  const titleOf = (id: TopicId) => roadmap.topicsById.get(id)?.title ?? id;

  const settle = (ids: readonly TopicId[]) =>
    setAnswered((before) => {
      const next = new Map(before);
      for (const id of ids) {
        const row = log.find((r) => r.topicId === id);
        if (row) next.set(id, row.id);
      }
      return next;
    });
  const rate = (rating: ReviewRating) => {
    if (current === null) return;
    const title = titleOf(current);
    const written = log.find((r) => r.topicId === current)?.rating;
    settle([current]);
    setAnswer({ topicId: current, title, rating, cardsBefore: written === rating ? null : cards });
    if (written !== rating) void channel.run(changeFinishRating(roadmap.id, current, rating, title));
  };

  // The last answer's line fades once nothing else waits.
  const lingering = answer !== null && current === null;
  useEffect(() => {
    if (!lingering) return;
    const timer = setTimeout(() => setAnswer(null), ANSWER_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [lingering, answer]);

  if (hidden) return null;
  const card =
    answer && (answer.cardsBefore === null || cards !== answer.cardsBefore)
      ? cards?.find((c) => c.topicId === answer.topicId)
      : undefined;
  const answeredText = answer
    ? `“${answer.title}” · ${ratingLabel(answer.rating)}${card ? ` · ${nextReviewText(today, card.due)}` : ''}`
    : null;
  return (
    <SelfCheck
      title={current === null ? null : titleOf(current)}
      waiting={Math.max(0, waiting.length - 1)}
      onRate={rate}
      onSkip={() => current !== null && settle([current])}
      onSkipAll={() => settle(waiting)}
      answered={answeredText}
      onDismiss={() => setAnswer(null)}
    />
  );
}
