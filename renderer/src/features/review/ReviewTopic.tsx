import type { Roadmap, Topic } from '../../domain';
import { InlineText } from '../../ui/InlineText';

type Props = { roadmap: Roadmap; topic: Topic; note: string };

/** One topic to recall: its sub-points and tip as prompts, the user's note folded away. */
export function ReviewTopic({ roadmap, topic, note }: Props) {
  const section = roadmap.sections.find((s) => s.number === topic.sectionNumber);
  return (
    <>
      <p className="review-topic__eyebrow">
        Section {topic.sectionNumber}
        {section ? ` · ${section.title}` : ''}
      </p>
      <h2 className="review-topic__title" tabIndex={-1} data-review-title>
        {topic.title}
      </h2>
      {topic.items.length > 0 ? (
        <>
          <p className="review-topic__ask">Can you explain each of these?</p>
          <ul className="review-topic__prompts">
            {topic.items.map((item) => (
              <li key={item.id}>
                <InlineText spans={item.spans} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="review-topic__ask">What do you remember of it?</p>
      )}
      {topic.tip !== null && (
        <aside className="review-topic__tip" aria-label="Important">
          <strong>Important</strong>
          <p>
            <InlineText spans={topic.tipSpans} />
          </p>
        </aside>
      )}
      {note.trim() !== '' && (
        <details className="review-topic__note">
          <summary>Your note</summary>
          <p>{note}</p>
        </details>
      )}
    </>
  );
}
