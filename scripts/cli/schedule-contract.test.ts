import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run-in-process';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'planner-schedule-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes files into a fresh folder under the temp dir; returns the folder. */
function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('schedule --plan', () => {
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

  it('prints sessions, milestones and warnings in the contract shape', () => {
    const dir = folder('plan-ok', { 'plan.json': JSON.stringify(plan) });
    const { code, out, err } = run(
      'schedule',
      '--plan',
      path.join(dir, 'plan.json'),
      '--today',
      '2026-11-24',
      '--json',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      sessions: Record<string, unknown>[];
      milestones: Record<string, unknown>[];
      warnings: unknown[];
    };
    expect(Object.keys(result)).toEqual(['sessions', 'milestones', 'warnings', 'reserve']);
    const first = result.sessions[0]!;
    for (const key of ['id', 'topicId', 'part', 'parts', 'start', 'end', 'minutes'])
      expect(first).toHaveProperty(key);
    expect(first['start']).toBe('2026-12-01T19:00:00+01:00');
    expect(result.sessions.some((s) => s['topicId'] === 'python-foundations')).toBe(false);
    expect(result.milestones[0]).toMatchObject({ phase: 1, target: '2027-02-15' });
  });

  it('keeps a 10-minute break between sessions of a day, or none with breakMinutes 0', () => {
    const saturday = (planValue: unknown, name: string) => {
      const dir = folder(name, { 'plan.json': JSON.stringify(planValue) });
      const { code, out, err } = run(
        'schedule',
        '--plan',
        path.join(dir, 'plan.json'),
        '--today',
        '2026-12-01',
        '--json',
      );
      expect([code, err]).toEqual([0, '']);
      const { sessions } = JSON.parse(out) as { sessions: { start: string; end: string }[] };
      return sessions
        .filter((s) => s.start.startsWith('2026-12-05'))
        .map((s) => `${s.start.slice(11, 16)}–${s.end.slice(11, 16)}`);
    };
    // No reserve, so the whole Saturday morning is study time.
    const open = { ...plan, reservePercent: 0 };
    expect(saturday(open, 'plan-break-default')).toEqual(['10:00–11:30', '11:40–12:10', '12:20–13:00']);
    expect(saturday({ ...open, breakMinutes: 10 }, 'plan-break-10')).toEqual([
      '10:00–11:30',
      '11:40–12:10',
      '12:20–13:00',
    ]);
    expect(saturday({ ...open, breakMinutes: 0 }, 'plan-break-0')).toEqual([
      '10:00–11:30',
      '11:30–12:00',
      '12:00–13:00',
    ]);
    const bad = folder('plan-break-bad', { 'plan.json': JSON.stringify({ ...plan, breakMinutes: 121 }) });
    const refused = run('schedule', '--plan', path.join(bad, 'plan.json'), '--json');
    expect([refused.code, refused.err]).toEqual([
      1,
      `${path.join(bad, 'plan.json')}: breakMinutes: at most 120 minutes\n`,
    ]);
  });

  it('refuses a bad plan with the path of the bad field', () => {
    const dir = folder('plan-bad', {
      'plan.json': JSON.stringify({ ...plan, availability: { ...plan.availability, mon: 2000 } }),
    });
    const { code, err } = run('schedule', '--plan', path.join(dir, 'plan.json'), '--json');
    expect(code).toBe(1);
    expect(err).toMatch(/plan\.json: availability\.mon: /);
  });

  it('refuses a day that is not a date and a missing plan', () => {
    const dir = folder('plan-today', { 'plan.json': JSON.stringify(plan) });
    expect(
      run('schedule', '--plan', path.join(dir, 'plan.json'), '--today', '2026-02-30', '--json').err,
    ).toMatch(/--today: "2026-02-30" is not a date/);
    expect(run('schedule', '--plan', path.join(dir, 'missing.json'), '--json').err).toMatch(/no such file/);
    expect(run('schedule', '--json').code).toBe(2);
  });
});
