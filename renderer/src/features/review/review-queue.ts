import type { ReviewCard, TopicId, TopicStatus } from '../../domain';

type Card = Pick<ReviewCard, 'topicId' | 'due'>;

/** Cards of topics still done: a topic opened again keeps its card but is not reviewed. */
function doneCards<C extends Card>(cards: readonly C[], statuses: ReadonlyMap<TopicId, TopicStatus>): C[] {
  return cards.filter((card) => statuses.get(card.topicId) === 'done');
}

/** The done topics due on `today` or earlier, longest overdue first. */
export function dueTopics(
  cards: readonly Card[],
  statuses: ReadonlyMap<TopicId, TopicStatus>,
  today: string,
): TopicId[] {
  return doneCards(cards, statuses)
    .filter((card) => card.due <= today)
    .sort((a, b) => a.due.localeCompare(b.due))
    .map((card) => card.topicId);
}

/** The first review after `today`, if any done topic has one. */
export function nextDue<C extends Card>(
  cards: readonly C[],
  statuses: ReadonlyMap<TopicId, TopicStatus>,
  today: string,
): C | null {
  const later = doneCards(cards, statuses).filter((card) => card.due > today);
  return later.reduce<C | null>((first, card) => (first && first.due <= card.due ? first : card), null);
}
