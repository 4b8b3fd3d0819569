import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENINGS_PLAN } from './evenings-plan-fixture';
import { run } from './run-in-process';

// Spaced review on the command line (issue 16 §5): the plan file's `review` and `reviewLog`,
// and `schedule --json`'s sessions of both kinds.

type Session = {
  id: string;
  kind?: string;
  start: string;
  end: string;
  minutes: number;
  topicId?: string;
  topics?: string[];
};
type Output = { sessions: Session[]; milestones: { reviewMinutes?: number }[]; reviews?: unknown };

const tmp = mkdtempSync(path.join(os.tmpdir(), 'planner-review-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let count = 0;
function file(content: unknown): string {
  const target = path.join(tmp, `${count++}.json`);
  writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content));
  return target;
}

const finished = ['python-foundations', 'web-http-basics'];
const reviewing = {
  ...EVENINGS_PLAN,
  statuses: Object.fromEntries(finished.map((id) => [id, 'done'])),
  review: { retention: 0.9, minutesPerTopic: 15 },
  reviewLog: [
    { topicId: 'python-foundations', at: '2026-11-28T20:00:00+01:00', rating: 'good' },
    { topicId: 'web-http-basics', at: '2026-11-30T20:15:00+01:00', rating: 'hard' },
  ],
};

function schedule(plan: unknown, ...options: string[]): { output: Output; text: string } {
  const result = run('schedule', '--plan', file(plan), '--today', '2026-12-01', ...options, '--json');
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return { output: JSON.parse(result.out) as Output, text: result.out };
}

describe('schedule --json with review', () => {
  it('plans review sessions beside study sessions, each saying its kind', () => {
    const { output } = schedule(reviewing);
    const reviews = output.sessions.filter((s) => s.kind === 'review');
    const study = output.sessions.filter((s) => s.kind === 'study');
    expect(study.length + reviews.length).toBe(output.sessions.length);
    expect(study.every((s) => typeof s.topicId === 'string' && s.topics === undefined)).toBe(true);
    // Good on 28 Nov comes back on 1 Dec, Hard on 30 Nov on 2 Dec: the first evenings start with them.
    expect(reviews.slice(0, 2)).toEqual([
      {
        id: 'review#2026-12-01',
        kind: 'review',
        date: '2026-12-01',
        start: '2026-12-01T19:30:00+01:00',
        end: '2026-12-01T19:45:00+01:00',
        minutes: 15,
        topics: ['python-foundations'],
      },
      {
        id: 'review#2026-12-02',
        kind: 'review',
        date: '2026-12-02',
        start: '2026-12-02T19:30:00+01:00',
        end: '2026-12-02T19:45:00+01:00',
        minutes: 15,
        topics: ['web-http-basics'],
      },
    ]);
    const firstStudy = study.find((s) => s.start.startsWith('2026-12-01'))!;
    // After the default 10-minute break.
    expect(firstStudy.start).toBe('2026-12-01T19:55:00+01:00');
    const starts = output.sessions.map((s) => Date.parse(s.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(output.reviews).toBeUndefined();
    expect(output.milestones[0]!.reviewMinutes).toBeGreaterThan(0);
  });

  it('prints the same output for the same input', () => {
    expect(schedule(reviewing).text).toBe(schedule(reviewing).text);
  });

  it('prints what it always printed without review: no kinds, no review sessions', () => {
    const { review: _review, reviewLog: _log, ...plain } = reviewing;
    const { output } = schedule(plain);
    expect(output.sessions.some((s) => 'kind' in s)).toBe(false);
    expect(output.reviews).toBeUndefined();
    expect(output.milestones.some((m) => 'reviewMinutes' in m)).toBe(false);
  });

  it('reads its own output as --previous: review sessions are read past', () => {
    const first = schedule(reviewing).text;
    const { output } = schedule(reviewing, '--previous', file(first));
    expect(output.sessions.filter((s) => s.kind === 'review').length).toBeGreaterThan(0);
  });

  it('says what is wrong in the review settings and the review log, and where', () => {
    const bad = (plan: unknown) => run('schedule', '--plan', file(plan), '--today', '2026-12-01', '--json');
    const retention = bad({ ...reviewing, review: { retention: 0.99, minutesPerTopic: 15 } });
    expect(retention.code).toBe(1);
    expect(retention.err).toMatch(/review\.retention: at most 0\.97/);
    const rating = bad({
      ...reviewing,
      reviewLog: [{ topicId: 'python-foundations', at: '2026-11-28T20:00:00+01:00', rating: 'meh' }],
    });
    expect(rating.err).toMatch(/reviewLog\.0\.rating/);
    const topic = bad({
      ...reviewing,
      reviewLog: [{ topicId: 'nope', at: '2026-11-28T20:00:00+01:00', rating: 'good' }],
    });
    expect(topic.err).toMatch(/reviewLog\[0\]\.topicId: unknown topic "nope"/);
    const at = bad({
      ...reviewing,
      reviewLog: [{ topicId: 'python-foundations', at: '2026-11-28 20:00', rating: 'good' }],
    });
    expect(at.err).toMatch(/reviewLog\.0\.at: an ISO 8601 time with an offset/);
    for (const r of [retention, rating, topic, at]) expect(r.err).not.toMatch(/\n\s+at /);
  });
});
