import { useEffect, useId, useRef, useState } from 'react';

type Props = {
  initial: string;
  onSave: (text: string) => void;
};

/** Saves this long after the last keystroke: every word is kept, without a write per key. */
const SAVE_AFTER_MS = 400;

/** The user's own note on a topic (Markdown text), saved as they type. */
export function NoteEditor({ initial, onSave }: Props) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(true);
  // A note changed elsewhere (an undo) shows here, unless the user is typing over it.
  const [shown, setShown] = useState(initial);
  if (initial !== shown) {
    setShown(initial);
    if (saved) setText(initial);
  }
  const latest = useRef({ text, saved, onSave });
  useEffect(() => {
    latest.current = { text, saved, onSave };
  });
  useEffect(() => {
    if (saved) return;
    // Through the ref: a parent re-render hands a new onSave, which must not restart the wait.
    const timer = setTimeout(() => {
      latest.current.onSave(text);
      setSaved(true);
    }, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [text, saved]);
  // Closing the panel or switching topic must not lose the last words typed.
  useEffect(
    () => () => {
      if (!latest.current.saved) latest.current.onSave(latest.current.text);
    },
    [],
  );
  return (
    <section className="topic-panel__block note-editor" aria-labelledby={`${id}-label`}>
      <h3>
        <label id={`${id}-label`} htmlFor={id}>
          Your notes
        </label>
      </h3>
      <textarea
        id={id}
        className="note-editor__text"
        value={text}
        rows={4}
        placeholder="Anything to remember about this topic (Markdown is fine)"
        onChange={(event) => {
          setText(event.target.value);
          setSaved(false);
        }}
      />
      <p className="note-editor__state" aria-live="polite">
        {saved ? (text.trim() === '' ? '' : 'Saved on this device') : 'Saving…'}
      </p>
    </section>
  );
}
