import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonInput, readInput } from './read-input';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'planner-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readInput', () => {
  it('reads a regular file whole, also through a symbolic link', () => {
    const file = path.join(tmp, 'plan.json');
    writeFileSync(file, '{"a": "é"}');
    expect(readInput(file, 100)).toEqual({ ok: true, text: '{"a": "é"}' });
    symlinkSync(file, path.join(tmp, 'link.json'));
    expect(readInput(path.join(tmp, 'link.json'), 100)).toEqual({ ok: true, text: '{"a": "é"}' });
  });

  it('refuses a file over the cap unread, naming it and the cap', () => {
    const file = path.join(tmp, 'big.json');
    writeFileSync(file, 'x'.repeat(101));
    expect(readInput(file, 100)).toEqual({
      ok: false,
      message: `${file}: too large (101 bytes; the limit is 100)`,
    });
  });

  it('refuses a device, a folder and a pipe without reading them', () => {
    expect(readInput('/dev/zero', 100)).toEqual({ ok: false, message: '/dev/zero: not a file' });
    expect(readInput(tmp, 100)).toEqual({ ok: false, message: `${tmp}: not a file` });
    const fifo = path.join(tmp, 'fifo');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // No mkfifo here: the device and the folder said enough.
    }
    // Opening a FIFO to read would wait for a writer forever: it must be refused first.
    expect(readInput(fifo, 100)).toEqual({ ok: false, message: `${fifo}: not a file` });
  });

  it('says why a file cannot be read', () => {
    const loop = path.join(tmp, 'loop.json');
    symlinkSync('loop.json', loop);
    expect(readInput(loop, 100)).toEqual({
      ok: false,
      message: `${loop}: cannot be read (ELOOP): a loop of symbolic links`,
    });
  });

  it('says when there is no such file', () => {
    const file = path.join(tmp, 'missing.json');
    expect(readInput(file, 100)).toEqual({ ok: false, message: `${file}: no such file` });
  });
});

describe('parseJsonInput', () => {
  it('reads JSON, a byte-order mark allowed', () => {
    expect(parseJsonInput('p.json', '\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('says where the JSON breaks in one line, without quoting the file', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}\n';
    expect(parseJsonInput('p.json', text)).toEqual({
      ok: false,
      message: 'p.json: invalid JSON (line 3, column 3: "," expected)',
    });
    const hidden = parseJsonInput('p.json', 'x\u202e\n'.repeat(3));
    expect(hidden).toEqual({
      ok: false,
      message: 'p.json: invalid JSON (line 1, column 1: unexpected character)',
    });
  });

  it('refuses JSON nested too deeply for the checks after it, saying where', () => {
    const deep = `{\n  "log": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(parseJsonInput('p.json', deep)).toEqual({
      ok: false,
      message: 'p.json: nested too deeply at line 2, column 73 (more than 64 levels of arrays and objects)',
    });
  });
});
