import { useId, useMemo, useState } from 'react';
import type { Roadmap } from '../../domain';
import { platform } from '../../platform';
import { ModalDialog, showNotice } from '../../ui';
import { PICTURE_FORMATS, pictureTitleLine } from './picture-words';
import type { PictureFormat } from './picture-words';
import { usePictureExport } from './usePictureExport';
import './picture-export.css';

type Props = {
  roadmap: Roadmap;
  /** Today in the plan's calendar: the picture's date. */
  today: string;
  /** The share of the roadmap done, as the rail shows it. */
  percentDone: number;
  onClose: () => void;
};

const FORMATS = Object.keys(PICTURE_FORMATS) as PictureFormat[];

/**
 * "Export picture…": the whole graph with the user's progress, light or dark as shown, with
 * a title line, saved as PNG or SVG.
 */
export function PictureExportDialog({ roadmap, today, percentDone, onClose }: Props) {
  const id = useId();
  const [format, setFormat] = useState<PictureFormat>('png');
  const subject = useMemo(
    () => ({
      ...pictureTitleLine(roadmap.title, today, percentDone),
      day: today,
      topicCount: roadmap.topics.length,
    }),
    [roadmap, today, percentDone],
  );
  const onSaved = () => {
    onClose();
    showNotice(platform.kind === 'web' ? 'Picture downloaded.' : 'Picture saved.');
  };
  const { busy, outcome, exportPicture } = usePictureExport(subject, onSaved);
  return (
    <ModalDialog title="Export picture" className="picture-dialog" onCancel={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void exportPicture(format);
        }}
      >
        <p>
          The whole roadmap with your progress, as the graph shows it now, under the line “{subject.title} ·{' '}
          {subject.details}”.
        </p>
        <fieldset className="dialog__choices">
          <legend>Format</legend>
          {FORMATS.map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name={`${id}-format`}
                value={kind}
                checked={format === kind}
                onChange={() => setFormat(kind)}
              />
              <span>
                {PICTURE_FORMATS[kind].label}
                <span className="picture-dialog__note"> — {PICTURE_FORMATS[kind].note}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {busy && (
          <p className="picture-dialog__status" role="status">
            Making the picture…
          </p>
        )}
        {!busy && outcome && (
          <p
            className={`picture-dialog__status picture-dialog__status--${outcome.kind}`}
            role={outcome.kind === 'failed' ? 'alert' : 'status'}
          >
            {outcome.text}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy} autoFocus>
            {platform.kind === 'web' ? 'Download' : 'Save…'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
