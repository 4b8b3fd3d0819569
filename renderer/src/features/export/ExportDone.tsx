import { useState } from 'react';
import { platform } from '../../platform';
import { ExportProblem } from './ExportProblem';

type Props = {
  message: string;
  /** Names the saved file on the desktop, so it can be opened or shown; absent on the web. */
  token: string | undefined;
  onClose: () => void;
};

/** After an export: what was written, and on the desktop the way to open or find the file. */
export function ExportDone({ message, token, onClose }: Props) {
  // Its id remounts the message, so the same failure again takes the focus again.
  const [problem, setProblem] = useState<{ id: number; text: string } | null>(null);
  const say = (text: string | null) =>
    setProblem((previous) => (text === null ? null : { id: (previous?.id ?? 0) + 1, text }));
  return (
    <>
      <p role="status">{message}</p>
      {problem && <ExportProblem key={problem.id} text={problem.text} />}
      <div className="dialog__actions">
        {token && (
          <>
            <button
              type="button"
              className="button"
              onClick={() => {
                void platform
                  .revealSaved(token)
                  .catch(() => false)
                  .then((shown) => say(shown ? null : 'The file could not be shown in its folder.'));
              }}
            >
              Show in folder
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                void platform
                  .openSaved(token)
                  .catch(() => false)
                  .then((opened) =>
                    say(
                      opened
                        ? null
                        : 'No app on this computer opens calendar files. Use Show in folder, then import the file into your calendar.',
                    ),
                  );
              }}
            >
              Open in calendar app
            </button>
          </>
        )}
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          Done
        </button>
      </div>
    </>
  );
}
