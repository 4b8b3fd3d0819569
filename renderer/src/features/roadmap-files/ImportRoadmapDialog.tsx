import { useEffect, useRef } from 'react';
import { formatCount, formatHours, formatProblem } from '../../domain';
import type { ReimportChanges } from '../../domain';
import { ModalDialog } from '../../ui';
import { useRoadmapImport } from './useRoadmapImport';
import type { OpenRoadmapFile } from './useRoadmapImport';
import './roadmap-files.css';

type Props = {
  openFile: OpenRoadmapFile;
  /** Gets checking ready (starts its workers) while the user picks a file. */
  warmUp: () => void;
  builtinId: string;
  onClose: () => void;
};

/** Problems listed before the rest are counted: a wrong file can have thousands. */
const SHOWN_PROBLEMS = 30;

const count = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * Import roadmap…: pick a Markdown or JSON Canvas file; it is checked in workers and either
 * refused with its problems and lines (nothing stored) or previewed, then imported.
 */
export function ImportRoadmapDialog({ openFile, warmUp, builtinId, onClose }: Props) {
  const { state, choose, imported, target, setTarget, changes, confirm } = useRoadmapImport(
    openFile,
    builtinId,
    onClose,
  );
  const message = useRef<HTMLHeadingElement>(null);
  useEffect(warmUp, [warmUp]);
  // A refusal or a preview replaces the dialog's content: the focus goes to what it says.
  useEffect(() => {
    if (state.step === 'refused' || state.step === 'preview') message.current?.focus();
  }, [state]);

  return (
    <ModalDialog title="Import roadmap" onCancel={onClose} className="import-roadmap">
      {state.step === 'choose' && (
        <p>
          Choose a roadmap in Markdown (<code>.md</code>, in the shape of the built-in one) or a JSON Canvas
          file (<code>.canvas</code>). It is checked first; nothing is stored until you import it.
        </p>
      )}
      {state.step === 'checking' && (
        <p role="status" aria-live="polite">
          Checking “{state.fileName}”…
        </p>
      )}
      {state.step === 'refused' && (
        <div role="alert">
          <h3 ref={message} tabIndex={-1}>
            “{state.fileName}” cannot be imported
          </h3>
          <p>{count(state.problems.length, 'problem')} to fix in the file; nothing was stored:</p>
          <ul className="dialog__list import-roadmap__problems">
            {state.problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
              <li key={index}>
                <code>{formatProblem(problem)}</code>
              </li>
            ))}
            {state.problems.length > SHOWN_PROBLEMS && (
              <li>and {count(state.problems.length - SHOWN_PROBLEMS, 'more problem')}</li>
            )}
          </ul>
        </div>
      )}
      {state.step === 'preview' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <h3 ref={message} tabIndex={-1}>
            {state.preview.title}
          </h3>
          <dl className="import-roadmap__figures">
            <dt>Sections</dt>
            <dd>{formatCount(state.preview.sections)}</dd>
            <dt>Topics</dt>
            <dd>{formatCount(state.preview.topics)}</dd>
            <dt>Estimated</dt>
            <dd>{formatHours(state.preview.hours)}</dd>
            <dt>Phases</dt>
            <dd>{state.preview.phases.join(' · ')}</dd>
          </dl>
          {imported.length > 0 && (
            <label className="import-roadmap__target">
              Import as
              <select value={target} onChange={(event) => setTarget(event.target.value)}>
                <option value="">A new roadmap</option>
                {imported.map((r) => (
                  <option key={r.id} value={r.id}>
                    An update of “{r.title}” (keeps its progress)
                  </option>
                ))}
              </select>
            </label>
          )}
          {target !== '' && changes && <Changes changes={changes} />}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button--primary">
              {target === '' ? 'Import' : 'Update'}
            </button>
          </div>
        </form>
      )}
      {state.step !== 'preview' && (
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {state.step === 'refused' ? 'Close' : 'Cancel'}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={state.step === 'checking'}
            onClick={() => void choose()}
            autoFocus
          >
            {state.step === 'refused' ? 'Choose another file…' : 'Choose file…'}
          </button>
        </div>
      )}
    </ModalDialog>
  );
}

/** What updating an imported roadmap with the file changes. */
function Changes({ changes }: { changes: ReimportChanges }) {
  const { kept, added, vanished } = changes;
  return (
    <div className="import-roadmap__changes">
      <p>
        {count(kept, 'topic')} keep their progress, notes and plan
        {added.length > 0 ? `; ${count(added.length, 'topic is', 'topics are')} new` : ''}.
      </p>
      {vanished.length > 0 && (
        <>
          <p>
            {count(vanished.length, 'topic is', 'topics are')} not in this file. Their progress is kept aside
            and comes back if they return:
          </p>
          <ul className="dialog__list">
            {vanished.map((topic) => (
              <li key={topic.id}>{topic.title}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
