import { describe, expect, it } from 'vitest';
import { openCanvasDocument } from './canvas-document';
import { KUBERNETES_CANVAS } from './canvas-fixtures';

describe('openCanvasDocument', () => {
  it('lays out a valid canvas: a box per topic, none taken from the file', () => {
    const document = openCanvasDocument({ file: 'k.canvas', text: KUBERNETES_CANVAS });
    expect(document.status).toBe('ready');
    if (document.status !== 'ready') return;
    expect(document.layout.topics.map((box) => box.id).sort()).toEqual(
      document.roadmap.topics.map((t) => t.id).sort(),
    );
  });

  it('says what is wrong with a broken one', () => {
    expect(openCanvasDocument({ file: 'k.canvas', text: '{' })).toEqual({
      status: 'invalid',
      problems: [{ file: 'k.canvas', line: 1, message: expect.stringMatching(/^not a JSON Canvas file/) }],
    });
  });
});
