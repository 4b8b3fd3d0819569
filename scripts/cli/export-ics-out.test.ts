import { execFileSync } from 'node:child_process';
import {
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_ROADMAP } from './load-roadmap';
import { run } from './run-in-process';
import { defaultPlanSettings } from '../../renderer/src/domain';

// `export-ics --out` on the command line (issue 12): what is at the path, or an input under
// another name, is refused in one line with exit 1, and nothing is written anywhere.

const tmp = mkdtempSync(path.join(os.tmpdir(), 'planner-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PLAN = JSON.stringify({
  ...defaultPlanSettings('fastapi', '2026-12-01', 'Europe/Berlin'),
  statuses: {},
});
const EMPTY_CALENDAR = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nEND:VCALENDAR\r\n';

let count = 0;
/** A fresh folder holding plan.json; returns the folder and the plan's path. */
function folder(): { dir: string; plan: string } {
  const dir = path.join(tmp, String(count++));
  mkdirSync(dir);
  const plan = path.join(dir, 'plan.json');
  writeFileSync(plan, PLAN);
  return { dir, plan };
}

/** `export-ics` that must be refused with exactly `message`, in one line, exit 1. */
function refused(message: string, ...argv: string[]): void {
  expect(run('export-ics', '--today', '2026-11-24', ...argv)).toEqual({
    code: 1,
    out: '',
    err: `${message}\n`,
  });
}

describe('export-ics --out', () => {
  it('refuses a symbolic link, leaving its target as it was', () => {
    const { dir, plan } = folder();
    const target = path.join(dir, 'notes.txt');
    writeFileSync(target, 'my notes');
    const out = path.join(dir, 'out.ics');
    symlinkSync(target, out);
    refused(`${out}: is a symbolic link; give the path of a regular file`, '--plan', plan, '--out', out);
    expect(readFileSync(target, 'utf8')).toBe('my notes');
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'out.ics', 'plan.json']);
  });

  // A device is refused alike (write-output.test.ts): not tried here with the real /dev/null,
  // which a broken check run as root would replace for everyone.
  it('refuses a FIFO and a folder without opening them', () => {
    const { dir, plan } = folder();
    const fifo = path.join(dir, 'fifo.ics');
    execFileSync('mkfifo', [fifo]);
    // Opening a FIFO to write would wait for a reader forever.
    refused(`${fifo}: is a pipe (FIFO); give the path of a regular file`, '--plan', plan, '--out', fifo);
    refused(`${dir}: is a folder; give the path of a regular file`, '--plan', plan, '--out', dir);
    expect(readdirSync(dir).sort()).toEqual(['fifo.ics', 'plan.json']);
  });

  it('refuses the plan file as typed, by another path and by a hard link; the plan stays as it was', () => {
    const { dir, plan } = folder();
    const says = (out: string, typed: string) =>
      `${out}: is the plan file itself${typed}; --out must name another file`;
    refused(says(plan, ''), '--plan', plan, '--out', plan);
    const relative = path.relative(process.cwd(), plan);
    refused(says(relative, ` (${plan})`), '--plan', plan, '--out', relative);
    const hardLink = path.join(dir, 'plan-copy.json');
    linkSync(plan, hardLink);
    refused(says(hardLink, ` (${plan})`), '--plan', plan, '--out', hardLink);
    expect(readFileSync(plan, 'utf8')).toBe(PLAN);
    expect(readdirSync(dir).sort()).toEqual(['plan-copy.json', 'plan.json']);
  });

  it('refuses a busy calendar or the previous schedule as --out', () => {
    const { dir, plan } = folder();
    const busy = path.join(dir, 'work.ics');
    writeFileSync(busy, EMPTY_CALENDAR);
    const previous = path.join(dir, 'previous.json');
    writeFileSync(previous, '{"sessions": []}');
    const both = ['--plan', plan, '--busy', busy, '--previous', previous];
    refused(`${busy}: is a busy calendar itself; --out must name another file`, ...both, '--out', busy);
    refused(
      `${previous}: is the previous schedule itself; --out must name another file`,
      ...both,
      '--out',
      previous,
    );
    expect(readFileSync(busy, 'utf8')).toBe(EMPTY_CALENDAR);
    expect(readFileSync(previous, 'utf8')).toBe('{"sessions": []}');
  });

  it("refuses the roadmap's own files, which the plan names only by id", () => {
    const { plan } = folder();
    const sidecar = path.join(path.dirname(BUILTIN_ROADMAP), 'sidecar.json');
    const before = [readFileSync(BUILTIN_ROADMAP, 'utf8'), readFileSync(sidecar, 'utf8')] as const;
    try {
      const markdown = path.relative(process.cwd(), BUILTIN_ROADMAP);
      refused(
        `${markdown}: is the roadmap itself; --out must name another file`,
        '--plan',
        plan,
        '--out',
        markdown,
      );
      refused(
        `${sidecar}: is the roadmap's sidecar itself (${path.relative(process.cwd(), sidecar)}); --out must name another file`,
        '--plan',
        plan,
        '--out',
        sidecar,
      );
    } finally {
      // Should the refusal ever fail, the shipped roadmap is put back.
      if (readFileSync(BUILTIN_ROADMAP, 'utf8') !== before[0]) writeFileSync(BUILTIN_ROADMAP, before[0]);
      if (readFileSync(sidecar, 'utf8') !== before[1]) writeFileSync(sidecar, before[1]);
    }
  });

  it('writes through no link planted at a guessable temporary name', () => {
    const { dir, plan } = folder();
    const elsewhere = path.join(tmp, `elsewhere-${count++}`);
    mkdirSync(elsewhere);
    const victim = path.join(elsewhere, 'victim.txt');
    writeFileSync(victim, 'untouched');
    // The names an older version used (pid and clock) and any short number: none is the one used.
    const out = path.join(dir, 'out.ics');
    const planted = [
      `.out.ics.${process.pid}.tmp`,
      ...Array.from({ length: 20 }, (_, i) => `.out.ics.${i}.tmp`),
    ];
    for (const name of planted) symlinkSync(victim, path.join(dir, name));
    const result = run('export-ics', '--plan', plan, '--today', '2026-11-24', '--out', out);
    expect([result.code, result.err]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(readdirSync(elsewhere)).toEqual(['victim.txt']);
    expect(readdirSync(dir).sort()).toEqual([...planted, 'out.ics', 'plan.json'].sort());
  });
});
