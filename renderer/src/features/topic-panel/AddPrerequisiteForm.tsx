import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Roadmap, Topic, TopicId } from '../../domain';
import { prerequisiteChoices } from './prerequisite-choices';

type Props = {
  roadmap: Roadmap;
  topic: Topic;
  /** `topic` needs `from` from now on (the app checks it and may refuse, saying why). */
  onAdd: (from: TopicId, to: TopicId) => void;
};

/**
 * "Add prerequisite…": a button that opens a topic picker and Add, so a prerequisite can be
 * added without drawing an arrow on the graph (by keyboard, or without a precise pointer).
 */
export function AddPrerequisiteForm({ roadmap, topic, onAdd }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState('');
  const [tried, setTried] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const picker = useRef<HTMLSelectElement>(null);
  // Whether to give the focus back to the opener when the form closes (not on first render).
  const returnFocus = useRef(false);
  const groups = useMemo(() => (open ? prerequisiteChoices(roadmap, topic) : []), [open, roadmap, topic]);

  useEffect(() => {
    if (open) picker.current?.focus();
    else if (returnFocus.current) opener.current?.focus();
    returnFocus.current = false;
  }, [open]);

  const close = () => {
    returnFocus.current = true;
    setOpen(false);
    setChoice('');
    setTried(false);
  };

  if (!open)
    return (
      <button
        type="button"
        ref={opener}
        className="button button--small prerequisite-add__open"
        onClick={() => setOpen(true)}
      >
        Add prerequisite…
      </button>
    );

  const missing = tried && choice === '';
  return (
    <form
      className="prerequisite-add"
      aria-label={`Add a prerequisite to “${topic.title}”`}
      onSubmit={(event) => {
        event.preventDefault();
        if (choice === '') {
          setTried(true);
          return;
        }
        onAdd(choice, topic.id);
        close();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Escape closes this form, not the whole panel.
        event.stopPropagation();
        event.preventDefault();
        close();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        Prerequisite to add
      </label>
      <select
        id={id}
        ref={picker}
        value={choice}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${id}-error` : undefined}
        onChange={(event) => setChoice(event.target.value)}
      >
        <option value="">Choose a topic…</option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <div className="prerequisite-add__actions">
        <button type="submit" className="button button--small button--primary">
          Add
        </button>
        <button type="button" className="button button--small" onClick={close}>
          Cancel
        </button>
      </div>
      {missing && (
        <span id={`${id}-error`} className="minutes-form__error" role="alert">
          Choose the topic “{topic.title}” should need.
        </span>
      )}
    </form>
  );
}
