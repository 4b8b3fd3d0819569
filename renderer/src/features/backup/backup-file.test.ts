import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenFileResult } from '../../../../electron/shared/ipc-contract';
import { sampleData, META } from '../../domain/backup-fixtures';
import { serializeBackup } from '../../domain/backup-format';
import type * as Storage from '../../storage';
import { storageErrorMessages } from '../../storage/storage-errors';
import { chooseBackupFile } from './backup-file';

// The file the picker hands over, and whether checking it throws (as a stack overflow did).
const fake = vi.hoisted(() => ({
  file: null as OpenFileResult | null,
  check: null as ((text: string) => unknown) | null,
}));
vi.mock('../../platform', () => ({ platform: { openFile: () => Promise.resolve(fake.file) } }));
vi.mock('../../storage', async (importOriginal) => {
  const storage = await importOriginal<typeof Storage>();
  return {
    ...storage,
    readBackupFile: (text: string, options: Parameters<typeof storage.readBackupFile>[1]) =>
      fake.check ? Promise.resolve().then(() => fake.check?.(text)) : storage.readBackupFile(text, options),
  };
});

const choose = (name: string, text: string | null, size = text?.length ?? 0) => {
  fake.file = { name, size, text };
  return chooseBackupFile(() => null);
};

beforeEach(() => {
  fake.file = null;
  fake.check = null;
});

describe('chooseBackupFile', () => {
  it('hands back a checked backup to confirm, and nothing when no file was chosen', async () => {
    const chosen = await choose('mine.json', serializeBackup(sampleData(), META));
    expect(chosen?.ok && chosen.pending.fileName).toBe('mine.json');
    fake.file = null;
    expect(await chooseBackupFile(() => null)).toBeNull();
  });

  it('refuses a backup of 8,000 nested arrays as a file problem: not restored, nothing changed', async () => {
    const deep = `${'['.repeat(8000)}${']'.repeat(8000)}`;
    expect(await choose('deep.json', deep)).toEqual({
      ok: false,
      message:
        '“deep.json” was not restored. This file cannot be a Roadmap Planner backup: it is nested too deeply at line 1, column 65 (more than 64 levels of arrays and objects). Nothing was changed.',
    });
  });

  it('says the file could not be read as a backup when checking it throws, never a storage failure', async () => {
    fake.check = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    const chosen = await choose('odd.json', '{}');
    expect(chosen).toEqual({
      ok: false,
      message:
        '“odd.json” was not restored. Roadmap Planner could not read it as a backup. Nothing was changed.',
    });
    expect(chosen?.ok === false && chosen.message).not.toBe(storageErrorMessages.unknown);
  });

  it('refuses a file it could not read, or one too large, by its size', async () => {
    expect(await choose('gone.json', null, 10)).toEqual({
      ok: false,
      message: '“gone.json” was not restored. It could not be read.',
    });
    const big = await choose('big.json', null, 21 * 1024 * 1024);
    expect(big?.ok === false && big.message).toMatch(/^“big\.json” was not restored\. This file is 21\.0 MB/);
  });
});
