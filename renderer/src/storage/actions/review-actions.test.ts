import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPlanSettings } from '../../domain';
import { rateCard, reviewCards } from '../../domain/review-cards';
import { ActionChannel } from '../action-channel';
import { openPlannerDatabase } from '../database';
import type { PlannerDatabase } from '../database';
import type { PlanRecord } from '../records';
import { logStudySession, savePlan } from './plan-actions';
import { setProgress } from './progress-actions';
import { changeFinishRating, rateTopic } from './review-actions';

const opened: PlannerDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

async function channel() {
  const db = await openPlannerDatabase('review-actions', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  const errors: unknown[] = [];
  return { db, errors, channel: new ActionChannel(db, (e) => errors.push(e)) };
}

const AT = '2026-11-24T09:30:00.000Z';

/** A plan in Tokyo (UTC+9) asking for 0.8 retention: its day starts at 15:00 UTC. */
function tokyoPlan(): PlanRecord {
  return {
    id: 'fastapi-plan',
    roadmapId: 'fastapi',
    settings: {
      ...defaultPlanSettings('fastapi', '2026-12-01', 'Asia/Tokyo'),
      review: { retention: 0.8, minutesPerTopic: 15 },
    },
    replannedOn: '2026-12-01',
    replannedAt: AT,
    createdAt: AT,
    updatedAt: AT,
  };
}

const rows = async (db: PlannerDatabase) => (await db.reviewLog.toArray()).map(({ id: _id, ...row }) => row);
const card = (db: PlannerDatabase, topicId = 'routing') => db.reviewCards.get(['fastapi', topicId]);

describe('rateTopic', () => {
  it('appends a rating and moves the card on by the plan day and retention, in one transaction', async () => {
    const { db, channel: c, errors } = await channel();
    await db.plans.add(tokyoPlan());
    const transaction = vi.spyOn(db, 'transaction');
    const at = Date.parse('2026-12-01T16:00:00.000Z'); // 01:00 on 2 December in Tokyo
    const done = await c.run(rateTopic('fastapi', 'routing', 'hard', { at, title: 'Routing' }));
    expect(errors).toEqual([]);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(done?.text).toBe('Rated “Routing” Hard.');
    expect(await rows(db)).toEqual([
      { roadmapId: 'fastapi', topicId: 'routing', at: '2026-12-01T16:00:00.000Z', rating: 'hard' },
    ]);
    expect(await card(db)).toEqual({
      roadmapId: 'fastapi',
      ...rateCard(null, 'routing', 'hard', '2026-12-02', 0.8),
    });
  });

  it('without a plan, counts the default retention on the system zone’s day', async () => {
    const { db, channel: c } = await channel();
    const at = new Date('2026-12-01T12:00:00.000Z');
    await c.run(rateTopic('fastapi', 'routing', 'good', { at, title: 'Routing' }));
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const expected = reviewCards(
      [{ topicId: 'routing', at: at.toISOString(), rating: 'good' }],
      { retention: 0.9 },
      zone,
    );
    expect(await card(db)).toEqual({ roadmapId: 'fastapi', ...expected.get('routing') });
  });

  it('a second rating reviews the card; undo puts back the card before it, redo rates again', async () => {
    const { db, channel: c } = await channel();
    await db.plans.add(tokyoPlan());
    await c.run(rateTopic('fastapi', 'routing', 'good', { at: Date.parse(AT), title: 'Routing' }));
    const first = await card(db);
    await c.run(
      rateTopic('fastapi', 'routing', 'again', { at: Date.parse('2026-11-27T09:00:00Z'), title: 'Routing' }),
    );
    const second = await card(db);
    expect(second).toEqual({
      roadmapId: 'fastapi',
      ...rateCard(
        rateCard(null, 'routing', 'good', '2026-11-24', 0.8),
        'routing',
        'again',
        '2026-11-27',
        0.8,
      ),
    });
    expect(second?.lastReview).toBe('2026-11-27');
    expect(await db.reviewLog.count()).toBe(2);

    await c.undo();
    expect(await db.reviewLog.count()).toBe(1);
    expect(await card(db)).toEqual(first);
    await c.undo();
    expect(await db.reviewLog.count()).toBe(0);
    expect(await card(db)).toBeUndefined();
    await c.redo();
    expect(await card(db)).toEqual(first);
    await c.redo();
    expect(await card(db)).toEqual(second);
    expect((await rows(db)).map((row) => row.rating)).toEqual(['good', 'again']);
  });

  it('a rating dated before the card’s last one replays the topic’s log in time order', async () => {
    const { db, channel: c, errors } = await channel();
    await db.plans.add(tokyoPlan());
    await c.run(
      rateTopic('fastapi', 'routing', 'good', { at: Date.parse('2026-11-30T01:00:00Z'), title: 'Routing' }),
    );
    await c.run(
      rateTopic('fastapi', 'routing', 'hard', { at: Date.parse('2026-11-25T01:00:00Z'), title: 'Routing' }),
    );
    expect(errors).toEqual([]);
    expect(await card(db)).toEqual({
      roadmapId: 'fastapi',
      ...rateCard(rateCard(null, 'routing', 'hard', '2026-11-25', 0.8), 'routing', 'good', '2026-11-30', 0.8),
    });
    await c.undo();
    expect(await card(db)).toEqual({
      roadmapId: 'fastapi',
      ...rateCard(null, 'routing', 'good', '2026-11-30', 0.8),
    });
  });

  it('keeps other topics and roadmaps apart', async () => {
    const { db, channel: c } = await channel();
    await c.run(rateTopic('fastapi', 'routing', 'good', { at: Date.parse(AT), title: 'Routing' }));
    await c.run(rateTopic('other', 'routing', 'easy', { at: Date.parse(AT), title: 'Routing' }));
    await c.run(rateTopic('fastapi', 'testing', 'hard', { at: Date.parse(AT), title: 'Testing' }));
    expect((await db.reviewCards.toArray()).map((row) => [row.roadmapId, row.topicId, row.reps])).toEqual([
      ['fastapi', 'routing', 1],
      ['fastapi', 'testing', 1],
      ['other', 'routing', 1],
    ]);
  });
});

describe('changeFinishRating', () => {
  it('changes the latest rating and replays the card; undo sets it back', async () => {
    const { db, channel: c, errors } = await channel();
    await db.plans.add(tokyoPlan());
    await c.run(rateTopic('fastapi', 'routing', 'good', { at: Date.parse(AT), title: 'Routing' }));
    await c.run(
      rateTopic('fastapi', 'routing', 'good', { at: Date.parse('2026-11-28T01:00:00Z'), title: 'Routing' }),
    );
    const before = await card(db);
    const done = await c.run(changeFinishRating('fastapi', 'routing', 'easy', 'Path Parameters'));
    expect(errors).toEqual([]);
    expect(done?.text).toBe('Rated “Path Parameters” Easy.');
    expect((await rows(db)).map((row) => row.rating)).toEqual(['good', 'easy']);
    expect(await card(db)).toEqual({
      roadmapId: 'fastapi',
      ...rateCard(rateCard(null, 'routing', 'good', '2026-11-24', 0.8), 'routing', 'easy', '2026-11-28', 0.8),
    });
    await c.undo();
    expect((await rows(db)).map((row) => row.rating)).toEqual(['good', 'good']);
    expect(await card(db)).toEqual(before);
    await c.redo();
    expect((await rows(db)).map((row) => row.rating)).toEqual(['good', 'easy']);
  });

  it('changes nothing when the topic has no rating', async () => {
    const { db, channel: c, errors } = await channel();
    await c.run(changeFinishRating('fastapi', 'routing', 'easy', 'Routing'));
    expect(errors).toEqual([]);
    expect(await db.reviewLog.count()).toBe(0);
    expect(await db.reviewCards.count()).toBe(0);
  });
});

describe('savePlan and the review cards', () => {
  it('a new retention or time zone computes the cards again from the log; undo computes them back', async () => {
    const { db, channel: c, errors } = await channel();
    const plan = tokyoPlan();
    await db.plans.add(plan);
    // 23:30 UTC on 29 November: 30 November in Tokyo, 29 November in New York.
    const first = Date.parse('2026-11-29T23:30:00Z');
    const second = Date.parse('2026-12-03T23:30:00Z');
    await c.run(rateTopic('fastapi', 'routing', 'good', { at: first, title: 'Routing' }));
    await c.run(rateTopic('fastapi', 'routing', 'hard', { at: second, title: 'Routing' }));
    await c.run(rateTopic('fastapi', 'testing', 'easy', { at: first, title: 'Testing' }));
    const log = (await db.reviewLog.toArray()).map(({ topicId, at, rating }) => ({ topicId, at, rating }));
    const expected = (retention: number, zone: string) =>
      [...reviewCards(log, { retention }, zone).values()].map((card) => ({ roadmapId: 'fastapi', ...card }));
    const stored = async () => db.reviewCards.where('roadmapId').equals('fastapi').toArray();
    const before = await stored();
    expect(before).toEqual(expected(0.8, 'Asia/Tokyo'));

    const settings = {
      ...plan.settings,
      timeZone: 'America/New_York',
      review: { retention: 0.95, minutesPerTopic: 15 },
    };
    await c.run(savePlan('fastapi', settings, '2026-12-05', []));
    expect(errors).toEqual([]);
    expect(await stored()).toEqual(expected(0.95, 'America/New_York'));
    expect((await stored())[0]?.lastReview).toBe('2026-12-03');

    await c.undo();
    expect(await stored()).toEqual(before);
    await c.redo();
    expect(await stored()).toEqual(expected(0.95, 'America/New_York'));
  });

  it('other plan changes leave the cards as they are', async () => {
    const { db, channel: c, errors } = await channel();
    const plan = tokyoPlan();
    await db.plans.add(plan);
    await c.run(rateTopic('fastapi', 'routing', 'good', { at: Date.parse(AT), title: 'Routing' }));
    const card = { ...(await db.reviewCards.get(['fastapi', 'routing']))!, stability: 99 };
    await db.reviewCards.put(card);
    await c.run(savePlan('fastapi', { ...plan.settings, startDate: '2026-12-07' }, '2026-12-05', []));
    expect(errors).toEqual([]);
    expect((await db.plans.toArray())[0]?.settings.startDate).toBe('2026-12-07');
    expect(await db.reviewCards.get(['fastapi', 'routing'])).toEqual(card);
  });
});

describe('logStudySession and the first rating', () => {
  const logged = {
    sessionId: 'routing#1',
    topicId: 'routing',
    outcome: 'done',
    date: '2026-12-01',
    start: '2026-12-01T19:00:00+01:00',
    end: '2026-12-01T20:00:00+01:00',
    minutes: 60,
  } as const;

  it('a session that finishes its topic rates it Good; undo takes the rating back with the log', async () => {
    const { db, channel: c, errors } = await channel();
    await c.run(logStudySession('fastapi', logged, 'done', 'Logged.'));
    expect(errors).toEqual([]);
    expect((await rows(db)).map((row) => [row.topicId, row.rating])).toEqual([['routing', 'good']]);
    expect(await card(db)).toMatchObject({ reps: 1 });
    await c.undo();
    expect(await db.sessionLog.count()).toBe(0);
    expect(await db.reviewLog.count()).toBe(0);
    expect(await card(db)).toBeUndefined();
    await c.redo();
    expect(await db.reviewLog.count()).toBe(1);
  });

  it('a session of a topic already done, or one that does not finish it, writes no rating', async () => {
    const { db, channel: c } = await channel();
    await c.run(logStudySession('fastapi', logged, 'doing', 'Logged.'));
    expect(await db.reviewLog.count()).toBe(0);
    await c.run(
      setProgress('fastapi', { statuses: [{ topicId: 'routing', status: 'done' }], items: [] }, 'Done.'),
    );
    await c.run(logStudySession('fastapi', { ...logged, sessionId: 'routing#2' }, 'done', 'Logged.'));
    expect(await db.reviewLog.count()).toBe(1);
  });
});
