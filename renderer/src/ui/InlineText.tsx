import type { InlineSpan } from '../domain';

/** Text with its `code` runs shown as code. */
export function InlineText({ spans }: { spans: readonly InlineSpan[] }) {
  return (
    <>
      {spans.map((span, index) =>
        span.code ? (
          <code key={index}>{span.text}</code>
        ) : (
          // Index keys are fine: spans never reorder.
          <span key={index}>{span.text}</span>
        ),
      )}
    </>
  );
}
