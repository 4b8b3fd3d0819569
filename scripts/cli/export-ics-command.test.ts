import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIcs, icsPlanSessionIds, parsePlan, schedulePlan } from '../../renderer/src/domain';
import { exportIcsFromFile } from './export-ics-command';
import { BUILTIN_ROADMAP, loadRoadmap } from './load-roadmap';
import { run } from './run-in-process';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'planner-ics-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function folder(name: string, plan: unknown): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan));
  return dir;
}

const plan = {
  roadmap: 'fastapi',
  startDate: '2026-12-01',
  timeZone: 'Europe/Berlin',
  availability: { mon: 60, tue: 60, wed: 60, thu: 60, fri: 60, sat: 180, sun: 0 },
  sessionStart: {
    mon: '19:00',
    tue: '19:00',
    wed: '19:00',
    thu: '19:00',
    fri: '19:00',
    sat: '10:00',
    sun: '10:00',
  },
  maxSessionMinutes: 90,
  minSessionMinutes: 30,
  blackoutDates: ['2026-12-24'],
  phaseTargets: { '1': '2027-02-15' },
  statuses: { 'python-foundations': 'done' },
};

const uids = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid);

describe('planner export-ics', () => {
  it('writes the file the app would for the whole plan, and says how many events', () => {
    const dir = folder('ok', plan);
    const out = path.join(dir, 'plan.ics');
    const result = run(
      'export-ics',
      '--plan',
      path.join(dir, 'plan.json'),
      '--today',
      '2026-11-24',
      '--out',
      out,
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const events = uids(text);
    expect(result.out).toBe(`Wrote ${events.length} events to ${out}\n`);
    expect(events[0]).toMatch(/^[a-z0-9-]+#1@fastapi\.roadmap-planner$/);
    expect(events).toContain('phase-1-target@fastapi.roadmap-planner');
    expect(text).toContain('\r\nX-WR-CALNAME:FastAPI study plan\r\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // No temporary file left behind.
    expect(readdirSync(dir).sort()).toEqual(['plan.ics', 'plan.json']);

    // The domain's own export of the same plan, DTSTAMP aside.
    const roadmap = loadRoadmap(path.relative(process.cwd(), BUILTIN_ROADMAP)).roadmap!;
    const parsed = parsePlan(plan);
    if (!parsed.ok) throw new Error(parsed.message);
    const schedule = schedulePlan(roadmap, parsed.plan, { today: '2026-11-24' });
    const expected = buildIcs({
      roadmap,
      planId: 'fastapi',
      calendarName: 'FastAPI study plan',
      sessions: schedule.sessions,
      planSessionIds: icsPlanSessionIds(schedule),
      milestones: schedule.milestones,
      reminderMinutes: null,
      history: null,
      now: new Date(),
    });
    const noStamp = (ics: string) => ics.replace(/DTSTAMP:\w+/g, '');
    expect(noStamp(text)).toBe(noStamp(expected.text));
  });

  it("uses the plan file's planId in UIDs, and DTSTAMP from the clock", () => {
    const dir = folder('plan-id', { ...plan, planId: 'fastapi-0a1b2c3d4e5f' });
    const out = path.join(dir, 'plan.ics');
    const now = new Date('2026-11-20T10:11:12Z');
    expect(exportIcsFromFile(path.join(dir, 'plan.json'), { today: '2026-11-24' }, out, now)).toMatchObject({
      ok: true,
    });
    const text = readFileSync(out, 'utf8');
    expect(uids(text).every((uid) => uid.endsWith('@fastapi-0a1b2c3d4e5f.roadmap-planner'))).toBe(true);
    expect(text).toContain('\r\nDTSTAMP:20261120T101112Z\r\n');
  });

  it('refuses a bad plan with the path of the bad field, as schedule does', () => {
    const dir = folder('bad', { ...plan, availability: { ...plan.availability, mon: 2000 } });
    const out = path.join(dir, 'plan.ics');
    const result = run('export-ics', '--plan', path.join(dir, 'plan.json'), '--out', out);
    expect(result.code).toBe(1);
    const schedule = run('schedule', '--plan', path.join(dir, 'plan.json'), '--json');
    expect(result.err).toBe(schedule.err);
    expect(result.err).toMatch(/plan\.json: availability\.mon: /);
    expect(readdirSync(dir)).toEqual(['plan.json']);

    const badId = folder('bad-id', { ...plan, planId: 'has space' });
    expect(run('export-ics', '--plan', path.join(badId, 'plan.json'), '--out', out).err).toMatch(
      /plan\.json: planId: /,
    );
    expect(run('export-ics', '--plan', path.join(tmp, 'missing.json'), '--out', out).err).toMatch(
      /no such file/,
    );
  });

  it('refuses a missing --out or --plan, unknown options and stray arguments', () => {
    const dir = folder('args', plan);
    const planFile = path.join(dir, 'plan.json');
    const out = path.join(dir, 'x.ics');
    const noOut = run('export-ics', '--plan', planFile);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toMatch(/^export-ics: where to\? add --out <file\.ics>/);
    expect(run('export-ics', '--out', out).err).toMatch(/^export-ics: which plan\?/);
    // Options other commands take are unknown here, as the contract's unknown options: exit 1.
    const json = run('export-ics', '--plan', planFile, '--out', out, '--json');
    expect([json.code, json.err]).toEqual([1, expect.stringMatching(/^unknown option --json\n/)]);
    expect(run('export-ics', '--plan', planFile, '--out', out, '--file', 'x.md').err).toMatch(
      /^unknown option --file/,
    );
    expect(run('export-ics', '--plan', planFile, '--out', out, '--reminder', '10').err).toMatch(
      /^unknown option --reminder/,
    );
    expect(run('export-ics', 'extra', '--plan', planFile, '--out', out).err).toMatch(
      /^export-ics: unexpected argument "extra"/,
    );
    expect(run('export-ics', '--plan', planFile, '--out').err).toMatch(/^--out needs a value/);
    // --out is export-ics's alone.
    expect(run('schedule', '--plan', planFile, '--json', '--out', out).err).toMatch(/^unknown option --out/);
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });

  it('reports a file it cannot write', () => {
    const dir = folder('unwritable', plan);
    const result = run(
      'export-ics',
      '--plan',
      path.join(dir, 'plan.json'),
      '--out',
      path.join(dir, 'no-such-dir', 'x.ics'),
    );
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/x\.ics: cannot be written \(ENOENT\)/);
  });
});
