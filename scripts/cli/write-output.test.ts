import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type * as Crypto from 'node:crypto';
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { refuseOutPath, writeAtomically, writeOutput } from './write-output';

// The real randomBytes, unless a test names the next temporary file itself.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof Crypto>();
  return { ...actual, randomBytes: vi.fn((size: number) => actual.randomBytes(size)) };
});

const tmp = mkdtempSync(path.join(os.tmpdir(), 'planner-write-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let count = 0;
/** A fresh folder in the temp folder. */
function folder(): string {
  const dir = path.join(tmp, String(count++));
  mkdirSync(dir);
  return dir;
}

describe('writeOutput', () => {
  it('writes a new file (0644 less the umask) and leaves nothing else', () => {
    const dir = folder();
    const out = path.join(dir, 'out.ics');
    expect(writeOutput(out, 'BEGIN:VCALENDAR\r\n', [])).toEqual({ ok: true });
    expect(readFileSync(out, 'utf8')).toBe('BEGIN:VCALENDAR\r\n');
    const umask = process.umask();
    expect(statSync(out).mode & 0o777).toBe(0o644 & ~umask);
    expect(readdirSync(dir)).toEqual(['out.ics']);
  });

  it("replaces a file, keeping its permissions; a hard link's other name keeps the old text", () => {
    const dir = folder();
    const out = path.join(dir, 'out.ics');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    linkSync(out, path.join(dir, 'other-name.ics'));
    expect(writeOutput(out, 'new', [])).toEqual({ ok: true });
    expect(readFileSync(out, 'utf8')).toBe('new');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(dir, 'other-name.ics'), 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['other-name.ics', 'out.ics']);
  });

  it('refuses a symbolic link, leaving the link and its target as they were', () => {
    const dir = folder();
    const target = path.join(dir, 'precious.txt');
    writeFileSync(target, 'precious');
    const out = path.join(dir, 'out.ics');
    symlinkSync(target, out);
    expect(writeOutput(out, 'new', [])).toEqual({
      ok: false,
      message: `${out}: is a symbolic link; give the path of a regular file`,
    });
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    // A dangling link too: writing would create its target.
    const dangling = path.join(dir, 'dangling.ics');
    symlinkSync(path.join(dir, 'nowhere'), dangling);
    expect(writeOutput(dangling, 'new', [])).toMatchObject({ ok: false });
    expect(readdirSync(dir).sort()).toEqual(['dangling.ics', 'out.ics', 'precious.txt']);
  });

  it('refuses a folder, a device, a FIFO and a socket', async () => {
    const dir = folder();
    expect(refuseOutPath(dir, [])).toBe(`${dir}: is a folder; give the path of a regular file`);
    expect(refuseOutPath('/dev/null', [])).toBe('/dev/null: is a device; give the path of a regular file');
    // A device of our own (only root may make one) is refused and left as it is.
    const device = path.join(dir, 'null');
    let made = true;
    try {
      execFileSync('mknod', [device, 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      made = false;
    }
    if (made) {
      expect(writeOutput(device, 'new', [])).toEqual({
        ok: false,
        message: `${device}: is a device; give the path of a regular file`,
      });
      expect(lstatSync(device).isCharacterDevice()).toBe(true);
      rmSync(device);
    }
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(writeOutput(fifo, 'new', [])).toEqual({
      ok: false,
      message: `${fifo}: is a pipe (FIFO); give the path of a regular file`,
    });
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const socket = path.join(dir, 'socket');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      expect(refuseOutPath(socket, [])).toBe(`${socket}: is a socket; give the path of a regular file`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(readdirSync(dir)).toEqual(['fifo']);
  });

  it('refuses any input under any name: as typed, relative, absolute, hard link, through a link', () => {
    const dir = folder();
    const plan = path.join(dir, 'plan.json');
    writeFileSync(plan, '{"plan": true}');
    const inputs = [
      { file: path.join(dir, 'other.ics'), role: 'a busy calendar' },
      { file: path.relative(process.cwd(), plan), role: 'the plan file' },
    ];
    writeFileSync(inputs[0]!.file, 'BEGIN:VCALENDAR');
    const says = (out: string, typed: string) =>
      `${out}: is the plan file itself${typed}; --out must name another file`;
    const relative = path.relative(process.cwd(), plan);
    expect(refuseOutPath(relative, inputs)).toBe(says(relative, ''));
    expect(refuseOutPath(plan, inputs)).toBe(says(plan, ` (${relative})`));
    mkdirSync(path.join(dir, 'sub'));
    const dotted = `${dir}/./sub/../plan.json`;
    expect(refuseOutPath(dotted, inputs)).toBe(says(dotted, ` (${relative})`));
    const hardLink = path.join(dir, 'hard.json');
    linkSync(plan, hardLink);
    expect(writeOutput(hardLink, 'new', inputs)).toEqual({
      ok: false,
      message: says(hardLink, ` (${relative})`),
    });
    // The input given through a link is still the file the link names.
    const viaLink = path.join(dir, 'via-link.json');
    symlinkSync(plan, viaLink);
    expect(refuseOutPath(plan, [{ file: viaLink, role: 'the plan file' }])).toBe(says(plan, ` (${viaLink})`));
    expect(refuseOutPath(inputs[0]!.file, inputs)).toBe(
      `${inputs[0]!.file}: is a busy calendar itself; --out must name another file`,
    );
    expect(readFileSync(plan, 'utf8')).toBe('{"plan": true}');
    expect(readdirSync(dir).sort()).toEqual(['hard.json', 'other.ics', 'plan.json', 'sub', 'via-link.json']);
  });

  it('says in one line why a file cannot be written, and leaves nothing behind', () => {
    const dir = folder();
    const out = path.join(dir, 'missing', 'out.ics');
    expect(writeOutput(out, 'x', [])).toEqual({
      ok: false,
      message: `${out}: cannot be written (ENOENT): its folder does not exist`,
    });
    writeFileSync(path.join(dir, 'file'), '');
    expect(writeOutput(path.join(dir, 'file', 'out.ics'), 'x', [])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/file\/out\.ics: cannot be written \(ENOTDIR\)/),
    });
    expect(readdirSync(dir)).toEqual(['file']);
  });
});

describe('writeAtomically', () => {
  it('removes its temporary file when the rename fails', () => {
    const dir = folder();
    // Renaming a file over a folder fails (EISDIR) after the temporary file is written.
    const out = path.join(dir, 'out.ics');
    mkdirSync(out);
    writeFileSync(path.join(out, 'inside'), 'kept');
    const result = writeAtomically(out, 'new');
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^[^\n]*: cannot be written \(E\w+\)$/),
    });
    expect(readdirSync(dir)).toEqual(['out.ics']);
    expect(readFileSync(path.join(out, 'inside'), 'utf8')).toBe('kept');
  });

  it('never follows a link planted at its temporary name (exclusive create), nor removes it', () => {
    const dir = folder();
    const elsewhere = folder();
    const victim = path.join(elsewhere, 'victim.txt');
    writeFileSync(victim, 'untouched');
    const out = path.join(dir, 'out.ics');
    // Were the random part guessed, the link at that name would still not be written through.
    vi.mocked(randomBytes).mockImplementationOnce(() => Buffer.alloc(6));
    const planted = path.join(dir, '.out.ics.000000000000.tmp');
    symlinkSync(victim, planted);
    expect(writeOutput(out, 'new', [])).toEqual({
      ok: false,
      message: `${out}: cannot be written (EEXIST): the temporary file name was taken; nothing was written`,
    });
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(readdirSync(elsewhere)).toEqual(['victim.txt']);
    expect(lstatSync(planted).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir)).toEqual(['.out.ics.000000000000.tmp']);
  });

  it('names each temporary file at random', () => {
    const dir = folder();
    const out = path.join(dir, 'out.ics');
    vi.mocked(randomBytes).mockClear();
    writeAtomically(out, 'a');
    writeAtomically(out, 'b');
    expect(vi.mocked(randomBytes).mock.calls).toEqual([[6], [6]]);
    expect(readdirSync(dir)).toEqual(['out.ics']);
  });
});
