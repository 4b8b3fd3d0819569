import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  mayOpenSaved,
  OPEN_SAVED_EXTENSIONS,
  parseNotifyRequest,
  parseOpenRequest,
  parseSaveRequest,
  readFileCapped,
  SAVE_EXTENSIONS,
  savedContents,
  SavedFiles,
  writeFileAtomically,
  writeFileAtomicallySync,
} from './file-requests';

const folder = () => mkdtempSync(join(tmpdir(), 'planner-files-'));

describe('save and open requests', () => {
  it('accepts a plain name, text and extensions', () => {
    const request = { suggestedName: 'backup.json', contents: '{}', extensions: ['json'] };
    expect(parseSaveRequest(request)).toEqual(request);
  });

  it('refuses paths, hidden names, unknown fields and huge opens', () => {
    expect(() =>
      parseSaveRequest({ suggestedName: '../x.json', contents: '', extensions: ['json'] }),
    ).toThrow();
    expect(() =>
      parseSaveRequest({ suggestedName: '.bashrc', contents: '', extensions: ['json'] }),
    ).toThrow();
    expect(() =>
      parseSaveRequest({ suggestedName: 'a.json', contents: '', extensions: ['json'], path: '/etc/x' }),
    ).toThrow();
    expect(() => parseOpenRequest({ extensions: ['json'], maxBytes: 10 ** 12 })).toThrow();
    expect(parseOpenRequest({ extensions: ['json'], maxBytes: 1000 })).toEqual({
      extensions: ['json'],
      maxBytes: 1000,
    });
  });
});

describe('what may be saved and opened', () => {
  const save = (suggestedName: string, extensions: string[]) => () =>
    parseSaveRequest({ suggestedName, contents: 'x', extensions });

  it('saves only backups, calendars, pictures of the graph and roadmaps as Markdown', () => {
    expect(SAVE_EXTENSIONS).toEqual(['json', 'ics', 'png', 'svg', 'md']);
    expect(save('kubernetes-basics.md', ['md'])).not.toThrow();
    expect(save('plan.ics', ['ics'])).not.toThrow();
    expect(save('Backup.JSON', ['json'])).not.toThrow();
    expect(save('fastapi-roadmap-2026-11-30.png', ['png'])).not.toThrow();
    expect(save('fastapi-roadmap-2026-11-30.svg', ['svg'])).not.toThrow();
    expect(save('roadmap.svg', ['png'])).toThrow(/suggested name/);
    for (const kind of ['bat', 'exe', 'desktop', 'sh', 'lnk', 'html', 'js']) {
      expect(save(`run.${kind}`, [kind])).toThrow();
    }
    expect(save('run.bat', ['json', 'bat'])).toThrow();
  });

  it('refuses a suggested name that is not of a kind asked for', () => {
    expect(save('run.bat', ['json'])).toThrow(/suggested name/);
    expect(save('plan.ics.exe', ['ics'])).toThrow(/suggested name/);
    expect(save('plan', ['ics'])).toThrow(/suggested name/);
    expect(save('plan.json', ['ics'])).toThrow(/suggested name/);
  });

  it('opens only calendar files', () => {
    expect(OPEN_SAVED_EXTENSIONS).toEqual(['ics']);
    expect(mayOpenSaved('/home/me/plan.ics')).toBe(true);
    expect(mayOpenSaved('C:\\Users\\me\\Plan.ICS')).toBe(true);
    for (const path of [
      '/home/me/backup.json',
      '/home/me/run.bat',
      '/home/me/x.desktop',
      '/home/me/ics',
      '/home/me/plan.ics.exe',
    ]) {
      expect(mayOpenSaved(path)).toBe(false);
    }
  });
});

describe('binary contents', () => {
  const png = (contents: string) => ({
    suggestedName: 'roadmap.png',
    contents,
    extensions: ['png'],
    mimeType: 'image/png',
    encoding: 'base64',
  });

  it('writes the bytes base64 contents stand for, and text as UTF-8', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]);
    const request = parseSaveRequest(png(bytes.toString('base64')));
    expect(savedContents(request)).toEqual(bytes);
    const path = join(folder(), 'roadmap.png');
    await writeFileAtomically(path, savedContents(request));
    expect(readFileSync(path)).toEqual(bytes);
    const text = parseSaveRequest({ suggestedName: 'r.svg', contents: '<svg>é</svg>', extensions: ['svg'] });
    expect(savedContents(text)).toBe('<svg>é</svg>');
  });

  it('refuses base64 contents that are not base64, and other encodings', () => {
    for (const contents of ['abc', 'ab!=', '====', 'YQ==YQ==', 'Y Q==']) {
      expect(() => parseSaveRequest(png(contents))).toThrow();
    }
    expect(parseSaveRequest(png(''))).toMatchObject({ contents: '' });
    expect(() => parseSaveRequest({ ...png('YQ=='), encoding: 'hex' })).toThrow();
  });
});

describe('writeFileAtomically', () => {
  it('replaces a file whole and leaves no temporary file behind', async () => {
    const dir = folder();
    const path = join(dir, 'backup.json');
    writeFileSync(path, 'old');
    await writeFileAtomically(path, 'new contents');
    expect(readFileSync(path, 'utf8')).toBe('new contents');
    expect(readdirSync(dir)).toEqual(['backup.json']);
  });

  it('keeps the old file when the write fails', async () => {
    const dir = folder();
    await expect(writeFileAtomically(join(dir, 'missing-folder', 'x.json'), 'data')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeFileAtomicallySync', () => {
  it('replaces a file whole, or leaves everything as it was', () => {
    const dir = folder();
    const path = join(dir, 'window-state.json');
    writeFileAtomicallySync(path, '{"a":1}');
    writeFileAtomicallySync(path, '{"a":2}');
    expect(readFileSync(path, 'utf8')).toBe('{"a":2}');
    expect(readdirSync(dir)).toEqual(['window-state.json']);
    expect(() => writeFileAtomicallySync(join(dir, 'gone', 'x.json'), 'data')).toThrow();
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });
});

describe('notification requests', () => {
  it('accepts a title and a body, and nothing else', () => {
    expect(parseNotifyRequest({ title: 'Time to study', body: 'Routing Basics' })).toEqual({
      title: 'Time to study',
      body: 'Routing Basics',
    });
    expect(() => parseNotifyRequest({ title: '', body: '' })).toThrow();
    expect(() => parseNotifyRequest({ title: 'x', body: 'y', icon: '/etc/passwd' })).toThrow();
    expect(() => parseNotifyRequest({ title: 'x'.repeat(500), body: '' })).toThrow();
  });
});

describe('readFileCapped', () => {
  it('reads a small file and refuses a large one without reading it', async () => {
    const dir = folder();
    const path = join(dir, 'b.json');
    writeFileSync(path, '12345');
    expect(await readFileCapped(path, 10)).toEqual({ name: 'b.json', size: 5, text: '12345' });
    expect(await readFileCapped(path, 4)).toEqual({ name: 'b.json', size: 5, text: null });
    expect(await readFileCapped(path, 5)).toEqual({ name: 'b.json', size: 5, text: '12345' });
  });

  it('refuses what is not a regular file', async () => {
    await expect(readFileCapped(folder(), 10)).rejects.toThrow(/not a regular file|EISDIR/);
  });
});

describe('SavedFiles', () => {
  it('hands out a token per saved file and answers only tokens it gave', () => {
    const saved = new SavedFiles();
    const token = saved.add('/home/me/plan.ics');
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(saved.pathOf(token)).toBe('/home/me/plan.ics');
    expect(saved.pathOf('/etc/passwd')).toBeUndefined();
    expect(saved.pathOf({ toString: () => token })).toBeUndefined();
    expect(saved.add('/home/me/plan.ics')).not.toBe(token);
  });

  it('accepts a download type on save requests, and only a type', () => {
    expect(
      parseSaveRequest({
        suggestedName: 'p.ics',
        contents: '',
        extensions: ['ics'],
        mimeType: 'text/calendar',
      }),
    ).toMatchObject({ mimeType: 'text/calendar' });
    expect(() =>
      parseSaveRequest({
        suggestedName: 'p.ics',
        contents: '',
        extensions: ['ics'],
        mimeType: 'javascript:x',
      }),
    ).toThrow();
  });
});
