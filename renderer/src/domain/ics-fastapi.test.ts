import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import { buildIcs, planIcs } from './ics';
import { basePlan, expectSessionsMatch, NOW, parseIcs, physicalLines } from './ics-fixtures';
import { everyDay } from './schedule-fixtures';
import { roadmapShortName } from './ics-names';
import { icsPlanSessionIds, sessionsInRange } from './ics-range';
import { schedulePlan } from './schedule';

const encoder = new TextEncoder();

describe('buildIcs with the FastAPI roadmap', () => {
  const dir = path.resolve(import.meta.dirname, '../../../content/fastapi');
  const roadmap = buildRoadmap({
    markdown: { file: 'roadmap.md', text: readFileSync(path.join(dir, 'roadmap.md'), 'utf8') },
    sidecar: { file: 'sidecar.json', text: readFileSync(path.join(dir, 'sidecar.json'), 'utf8') },
  }).roadmap!;
  const plan = basePlan({
    roadmap: 'fastapi',
    availability: { mon: 60, tue: 60, wed: 60, thu: 60, fri: 60, sat: 180, sun: 0 },
    sessionStart: { ...everyDay('19:00'), sat: '10:00' },
    maxSessionMinutes: 90,
    phaseTargets: { '1': '2027-03-31' },
  });
  const schedule = schedulePlan(roadmap, plan, { today: '2026-11-30' });

  it('planIcs builds the range’s file named after the roadmap, as the app and the CLI export it', () => {
    const file = planIcs({
      roadmap,
      schedule,
      planId: 'plan-1',
      range: { kind: 'weeks', weeks: 1 },
      today: '2026-11-30',
      withMilestones: false,
      reminderMinutes: null,
      history: null,
      now: new Date(2026, 10, 30, 9, 0),
    });
    expect(file.fileName).toBe('fastapi-next-week-2026-11-30.ics');
    expect(file.text).toContain('X-WR-CALNAME:FastAPI study plan\r\n');
    expect(file.events).toBe(
      sessionsInRange(roadmap, schedule, { kind: 'weeks', weeks: 1 }, '2026-11-30').length,
    );
    expect(file.events).toBeGreaterThan(0);
  });

  it('writes every session and milestone, parsed back at the right instants', () => {
    const calendarName = `${roadmapShortName(roadmap)} study plan`;
    const result = buildIcs({
      roadmap,
      planId: 'fastapi',
      calendarName,
      sessions: schedule.sessions,
      planSessionIds: icsPlanSessionIds(schedule),
      milestones: schedule.milestones,
      reminderMinutes: 10,
      history: null,
      now: NOW,
    });
    expect(calendarName).toBe('FastAPI study plan');
    const { events } = parseIcs(result.text);
    expect(result.events).toBe(schedule.sessions.length + 4);
    expect(events).toHaveLength(result.events);
    expectSessionsMatch(events, schedule.sessions, 'fastapi');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events.every((e) => e.summary.startsWith('FastAPI · '))).toBe(true);
    const oauth = events.filter((e) => e.summary.startsWith('FastAPI · OAuth2 with Password Flow'));
    expect(oauth.length).toBeGreaterThan(1);
    expect(oauth[1]!.summary).toBe(`FastAPI · OAuth2 with Password Flow (2/${oauth.length})`);
    expect(oauth[0]!.description).toContain('• FastAPI’s OAuth2PasswordBearer');
    expect(oauth[0]!.description).toContain('Documentation:\n');
    expect(oauth[0]!.categories[0]).toBe('Phase 2: Intermediate → Production-Ready');
    expect(events.filter((e) => e.allDay).map((e) => e.summary)).toEqual([
      'FastAPI · Phase 1 ends',
      'FastAPI · Phase 1 target',
      'FastAPI · Phase 2 ends',
      'FastAPI · Phase 3 ends',
    ]);
    for (const line of physicalLines(result.text))
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(result.text.endsWith('\r\n')).toBe(true);
  });
});
