// @vitest-environment jsdom
import { act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest, SaveFileResult } from '../../platform';
import { pictureFrame } from './picture-frame';
import type { PictureFormat } from './picture-words';
import { usePictureExport } from './usePictureExport';

const saveFile = vi.fn<(request: SaveFileRequest) => Promise<SaveFileResult>>();
const captureGraph = vi.fn();
vi.mock('../../platform', () => ({
  platform: { kind: 'desktop', saveFile: (r: SaveFileRequest) => saveFile(r) },
}));
vi.mock('@xyflow/react', () => ({ useStoreApi: () => ({}) }));
vi.mock('./capture-graph', () => ({ captureGraph: (...args: unknown[]) => captureGraph(...args) }));
vi.mock('./rasterize', () => ({ svgToPngBase64: () => Promise.resolve('iVBORw0KGgo=') }));

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const subject = {
  title: 'FastAPI Roadmap',
  details: '30 Nov 2026 · 12 % done',
  day: '2026-11-30',
  topicCount: 56,
};
let container: HTMLDivElement;
let root: Root;
const seen: { current: ReturnType<typeof usePictureExport> | null } = { current: null };
const onSaved = vi.fn();

function Probe() {
  const value = usePictureExport(subject, onSaved);
  useEffect(() => {
    seen.current = value;
  });
  return null;
}

beforeEach(() => {
  container = document.createElement('div');
  root = createRoot(container);
  act(() => root.render(<Probe />));
  captureGraph.mockResolvedValue({
    svg: '<svg/>',
    frame: pictureFrame({ x: 0, y: 0, width: 10, height: 10 }),
  });
  saveFile.mockResolvedValue({ saved: true, token: 'a'.repeat(32) });
});
afterEach(() => {
  act(() => root.unmount());
  vi.clearAllMocks();
});

const run = (format: PictureFormat) => act(() => seen.current!.exportPicture(format));

describe('usePictureExport', () => {
  it('saves an SVG as text and a PNG as base64, named for the roadmap and the day', async () => {
    await run('svg');
    expect(saveFile).toHaveBeenLastCalledWith({
      suggestedName: 'fastapi-roadmap-2026-11-30.svg',
      contents: '<svg/>',
      extensions: ['svg'],
      mimeType: 'image/svg+xml',
    });
    await run('png');
    expect(saveFile).toHaveBeenLastCalledWith({
      suggestedName: 'fastapi-roadmap-2026-11-30.png',
      contents: 'iVBORw0KGgo=',
      extensions: ['png'],
      mimeType: 'image/png',
      encoding: 'base64',
    });
    expect(captureGraph).toHaveBeenLastCalledWith({}, 56, { title: subject.title, details: subject.details });
    expect(onSaved).toHaveBeenCalledTimes(2);
    expect(seen.current!.outcome).toBeNull();
  });

  it('says so when the save dialog was cancelled', async () => {
    saveFile.mockResolvedValue({ saved: false });
    await run('png');
    expect(onSaved).not.toHaveBeenCalled();
    expect(seen.current!.outcome).toEqual({
      kind: 'cancelled',
      text: 'No picture was saved: the save dialog was cancelled.',
    });
  });

  it('says why a write failed in one line, without the bridge’s wrapper', async () => {
    saveFile.mockRejectedValue(
      new Error(
        "Error invoking remote method 'file:save': Error: EACCES: permission denied, open '/a/.b.tmp'",
      ),
    );
    await run('png');
    expect(seen.current!.outcome).toEqual({
      kind: 'failed',
      text: 'The picture could not be saved: you may not write to that folder.',
    });
    expect(seen.current!.busy).toBe(false);
  });

  it('says the picture could not be made, in one line, whatever the drawing threw', async () => {
    captureGraph.mockRejectedValue(
      new Error('waited too long for the graph to appear\n    at waitFor (x.js:1:2)'),
    );
    await run('svg');
    expect(seen.current!.outcome).toEqual({
      kind: 'failed',
      text: 'The picture could not be made: waited too long for the graph to appear.',
    });
    captureGraph.mockRejectedValue(new Event('error'));
    await run('svg');
    expect(seen.current!.outcome?.text).toBe(
      'The picture could not be made: the browser could not draw the graph.',
    );
    expect(saveFile).not.toHaveBeenCalled();
  });
});
