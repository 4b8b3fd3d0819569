import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput } from './read-input';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'planner-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readInput', () => {
  it('reads a regular file whole', () => {
    const file = path.join(tmp, 'plan.json');
    writeFileSync(file, '{"a": "é"}');
    expect(readInput(file, 100, 'a plan')).toEqual({ ok: true, text: '{"a": "é"}' });
  });

  it('refuses a file over the cap unread, naming it', () => {
    const file = path.join(tmp, 'big.json');
    writeFileSync(file, 'x'.repeat(101));
    expect(readInput(file, 100, 'a plan')).toEqual({
      ok: false,
      message: `${file}: too large for a plan (101 bytes)`,
    });
  });

  it('refuses a device, a folder and a pipe without reading them', () => {
    expect(readInput('/dev/zero', 100, 'a plan')).toEqual({
      ok: false,
      message: '/dev/zero: not a file (a plan is a file)',
    });
    expect(readInput(tmp, 100, 'a plan')).toMatchObject({
      ok: false,
      message: `${tmp}: not a file (a plan is a file)`,
    });
    const fifo = path.join(tmp, 'fifo');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // No mkfifo here: the device and the folder said enough.
    }
    // Opening a FIFO to read would wait for a writer forever: it must be refused first.
    expect(readInput(fifo, 100, 'a plan')).toMatchObject({
      ok: false,
      message: `${fifo}: not a file (a plan is a file)`,
    });
  });

  it('says when there is no such file', () => {
    const file = path.join(tmp, 'missing.json');
    expect(readInput(file, 100, 'a plan')).toEqual({ ok: false, message: `${file}: no such file` });
  });
});
