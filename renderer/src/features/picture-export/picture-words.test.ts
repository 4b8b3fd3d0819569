import { describe, expect, it } from 'vitest';
import { describeSaveProblem, pictureFileName, pictureTitleLine } from './picture-words';

describe('pictureFileName', () => {
  it('names the file after the roadmap and the day', () => {
    expect(pictureFileName('FastAPI Roadmap', '2026-11-30', 'png')).toBe('fastapi-roadmap-2026-11-30.png');
    expect(pictureFileName('Web & HTTP: Basics!', '2026-11-30', 'svg')).toBe(
      'web-http-basics-2026-11-30.svg',
    );
  });

  it('falls back to "roadmap" for a title with no letters or digits', () => {
    expect(pictureFileName('日本語 ✨', '2027-01-02', 'png')).toBe('roadmap-2027-01-02.png');
  });
});

describe('pictureTitleLine', () => {
  it('writes the day as every view does and the share done as the rail does', () => {
    expect(pictureTitleLine('FastAPI Roadmap', '2026-11-30', 12.4)).toEqual({
      title: 'FastAPI Roadmap',
      details: 'Mon 30 Nov 2026 · 12 % done',
    });
    expect(pictureTitleLine('R', '2027-03-05', 0).details).toBe('Fri 5 Mar 2027 · 0 % done');
    expect(pictureTitleLine('R', '2027-03-05', 99).details).toBe('Fri 5 Mar 2027 · 99 % done');
    expect(pictureTitleLine('R', '2027-03-05', 100).details).toBe('Fri 5 Mar 2027 · 100 % done');
  });
});

describe('describeSaveProblem', () => {
  it('says why in words, on one line, without the IPC wrapper or a stack', () => {
    const error = new Error(
      "Error invoking remote method 'file:save': Error: ENOENT: no such file or directory, open '/x/.a.png.1f.tmp'\n    at open (node:fs)",
    );
    expect(describeSaveProblem(error)).toBe('The picture could not be saved: that folder does not exist.');
    expect(describeSaveProblem(new Error('EACCES: permission denied'))).toBe(
      'The picture could not be saved: you may not write to that folder.',
    );
    expect(describeSaveProblem(new Error('ENOSPC'))).toMatch(/the disk is full\.$/);
  });

  it('says the file could not be written when the reason is unknown', () => {
    for (const error of [new Error('boom\n  at x'), 'a string', undefined, { code: 'EACCES' }]) {
      const text = describeSaveProblem(error);
      expect(text).toBe('The picture could not be saved: the file could not be written.');
    }
  });
});
