import { useStoreApi } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import { inMessage } from '../../domain';
import { platform } from '../../platform';
import { captureGraph } from './capture-graph';
import { svgToPngBase64 } from './rasterize';
import { describeSaveProblem, PICTURE_FORMATS, pictureFileName } from './picture-words';
import type { PictureFormat } from './picture-words';

/** How the last attempt ended, when it did not end with the picture saved. */
export type PictureOutcome = { kind: 'cancelled' | 'failed'; text: string } | null;

/** What the picture shows besides the graph: the title line's parts and the file's day. */
export type PictureSubject = { title: string; details: string; day: string; topicCount: number };

/**
 * Makes the picture and saves it (desktop: the save dialog; web: a download). `onSaved`
 * runs once the file is written; a cancelled dialog or a failure leaves one line in `outcome`.
 */
export function usePictureExport(subject: PictureSubject, onSaved: () => void) {
  const store = useStoreApi();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PictureOutcome>(null);
  const running = useRef(false);

  const exportPicture = useCallback(
    async (format: PictureFormat) => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      setOutcome(null);
      try {
        let contents: string;
        try {
          const line = { title: subject.title, details: subject.details };
          const { svg, frame } = await captureGraph(store, subject.topicCount, line);
          contents = format === 'svg' ? svg : await svgToPngBase64(svg, frame);
        } catch (error) {
          setOutcome({ kind: 'failed', text: `The picture could not be made: ${reasonOf(error)}` });
          return;
        }
        try {
          const saved = await platform.saveFile({
            suggestedName: pictureFileName(subject.title, subject.day, format),
            contents,
            extensions: [format],
            mimeType: PICTURE_FORMATS[format].mimeType,
            ...(format === 'png' ? { encoding: 'base64' as const } : {}),
          });
          if (saved.saved) onSaved();
          else
            setOutcome({ kind: 'cancelled', text: 'No picture was saved: the save dialog was cancelled.' });
        } catch (error) {
          setOutcome({ kind: 'failed', text: describeSaveProblem(error) });
        }
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [store, subject, onSaved],
  );

  return { busy, outcome, exportPicture };
}

/**
 * A failure's reason on one line, short: never a stack. An image that would not load rejects
 * with a bare event, which says nothing a user could act on.
 */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error) || !error.message) return 'the browser could not draw the graph.';
  const line = inMessage(error.message.split('\n')[0] ?? '', 120);
  return line.endsWith('.') ? line : `${line}.`;
}
