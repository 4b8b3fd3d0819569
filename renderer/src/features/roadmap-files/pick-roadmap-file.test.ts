import { describe, expect, it, vi } from 'vitest';
import { pickRoadmapFile } from './pick-roadmap-file';

const fake = vi.hoisted(() => ({
  file: null as { name: string; size: number; text: string | null } | null,
  asked: [] as unknown[],
}));
vi.mock('../../platform', () => ({
  platform: {
    openFile: (request: unknown) => {
      fake.asked.push(request);
      return Promise.resolve(fake.file);
    },
  },
}));

const MB = 1024 * 1024;

describe('pickRoadmapFile', () => {
  it('asks for Markdown or Canvas files of at most 5 MB, and takes either', async () => {
    fake.file = { name: 'K8s.MD', size: 10, text: '# K8s' };
    expect(await pickRoadmapFile()).toEqual({
      ok: true,
      file: { format: 'markdown', fileName: 'K8s.MD', source: '# K8s' },
    });
    expect(fake.asked.at(-1)).toEqual({ extensions: ['md', 'markdown', 'canvas'], maxBytes: 5 * MB });
    fake.file = { name: 'map.canvas', size: 2, text: '{}' };
    expect(await pickRoadmapFile()).toMatchObject({ ok: true, file: { format: 'canvas' } });
  });

  it('refuses another kind of file, and one over 5 MB, unread, saying why', async () => {
    fake.file = { name: 'notes.txt', size: 5, text: 'hello' };
    expect(await pickRoadmapFile()).toEqual({
      ok: false,
      fileName: 'notes.txt',
      message: 'this is not a roadmap file: choose a Markdown (.md) or JSON Canvas (.canvas) file',
    });
    fake.file = { name: 'huge.md', size: 6.2 * MB, text: null };
    expect(await pickRoadmapFile()).toEqual({
      ok: false,
      fileName: 'huge.md',
      message: 'the file is 6.2 MB; a roadmap file is at most 5 MB',
    });
  });

  it('is nothing when nothing was picked', async () => {
    fake.file = null;
    expect(await pickRoadmapFile()).toBeNull();
  });
});
