import { useState } from 'react';
import { platform } from '../../platform';

type Props = {
  message: string;
  /** Names the saved file on the desktop, so it can be opened or shown; absent on the web. */
  token: string | undefined;
  onClose: () => void;
};

/** After an export: what was written, and on the desktop the way to open or find the file. */
export function ExportDone({ message, token, onClose }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <p role="status">{message}</p>
      {problem && <p role="alert">{problem}</p>}
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
                  .then((shown) => setProblem(shown ? null : 'The file could not be shown in its folder.'));
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
                    setProblem(
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
