import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionChannel } from '../action-channel';
import { openPlannerDatabase } from '../database';
import type { PlannerDatabase } from '../database';
import { readProgress } from '../progress-repository';
import { setProgress } from './progress-actions';
import { rateTopic } from './review-actions';

const opened: PlannerDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function channel() {
  const db = await openPlannerDatabase('progress-actions', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  const errors: unknown[] = [];
  return { db, errors, channel: new ActionChannel(db, (e) => errors.push(e)) };
}

const NOW = new Date('2026-12-01T10:00:00.000Z');
const status = (topicId: string, s: 'todo' | 'doing' | 'done' | 'skipped') => ({ topicId, status: s });
const mark = (...statuses: ReturnType<typeof status>[]) =>
  setProgress('fastapi', { statuses, items: [] }, 'Marked.');
const ratings = async (db: PlannerDatabase) =>
  (await db.reviewLog.toArray()).map((row) => [row.topicId, row.rating, row.at]);
const statuses = async (db: PlannerDatabase) => (await readProgress(db, 'fastapi')).statuses;

describe('setProgress and the first rating', () => {
  it('marking a topic done rates it Good now, in the same transaction; undo takes both back', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const { db, channel: c, errors } = await channel();
    const transaction = vi.spyOn(db, 'transaction');
    await c.run(mark(status('routing', 'done')));
    expect(errors).toEqual([]);
    // One transaction (the status write nests inside it) over the review tables too.
    expect(transaction.mock.calls[0]?.[1]).toEqual(expect.arrayContaining([db.reviewLog, db.reviewCards]));
    expect(await ratings(db)).toEqual([['routing', 'good', NOW.toISOString()]]);
    expect(await db.reviewCards.get(['fastapi', 'routing'])).toMatchObject({
      reps: 1,
      lastReview: expect.any(String),
    });

    await c.undo();
    expect((await statuses(db)).get('routing') ?? 'todo').toBe('todo');
    expect(await db.reviewLog.count()).toBe(0);
    expect(await db.reviewCards.count()).toBe(0);

    await c.redo();
    expect((await statuses(db)).get('routing')).toBe('done');
    expect(await ratings(db)).toEqual([['routing', 'good', NOW.toISOString()]]);
    expect(await db.reviewCards.count()).toBe(1);
  });

  it('rates only topics that become done; a topic already done or marked otherwise is left alone', async () => {
    const { db, channel: c } = await channel();
    await c.run(mark(status('routing', 'done')));
    await c.run(mark(status('routing', 'done'), status('testing', 'doing'), status('pydantic', 'done')));
    expect((await ratings(db)).map(([topicId]) => topicId)).toEqual(['routing', 'pydantic']);
  });

  it('a topic listed twice counts with its last status', async () => {
    const { db, channel: c } = await channel();
    await c.run(
      mark(
        status('routing', 'done'),
        status('routing', 'doing'),
        status('testing', 'todo'),
        status('testing', 'done'),
      ),
    );
    expect((await ratings(db)).map(([topicId]) => topicId)).toEqual(['testing']);
  });

  it('marking a done topic not done keeps its ratings; undoing that does not rate it again', async () => {
    const { db, channel: c } = await channel();
    await c.run(mark(status('routing', 'done')));
    const card = await db.reviewCards.get(['fastapi', 'routing']);
    await c.run(mark(status('routing', 'doing')));
    expect(await db.reviewLog.count()).toBe(1);
    await c.undo();
    expect((await statuses(db)).get('routing')).toBe('done');
    expect(await db.reviewLog.count()).toBe(1);
    expect(await db.reviewCards.get(['fastapi', 'routing'])).toEqual(card);
    await c.redo();
    expect((await statuses(db)).get('routing')).toBe('doing');
    expect(await db.reviewLog.count()).toBe(1);
  });

  it('a topic done again later (after reviews) is rated again and its undo puts the reviewed card back', async () => {
    const { db, channel: c, errors } = await channel();
    await c.run(mark(status('routing', 'done')));
    await c.run(
      rateTopic('fastapi', 'routing', 'easy', { at: Date.now() + 5 * 86_400_000, title: 'Routing' }),
    );
    const reviewed = await db.reviewCards.get(['fastapi', 'routing']);
    await c.run(mark(status('routing', 'doing')));
    await c.run(mark(status('routing', 'done')));
    expect(errors).toEqual([]);
    expect(await db.reviewLog.count()).toBe(3);
    await c.undo();
    expect(await db.reviewLog.count()).toBe(2);
    expect(await db.reviewCards.get(['fastapi', 'routing'])).toEqual(reviewed);
  });

  it('marks hundreds of topics done at once with one rating each, and takes them all back', async () => {
    const { db, channel: c, errors } = await channel();
    const topics = Array.from({ length: 300 }, (_, i) => `topic-${i}`);
    await c.run(mark(status('topic-7', 'done')));
    const card = await db.reviewCards.get(['fastapi', 'topic-7']);
    await c.run(mark(...topics.map((topicId) => status(topicId, 'done'))));
    expect(errors).toEqual([]);
    expect(await db.reviewLog.count()).toBe(300);
    expect(await db.reviewCards.count()).toBe(300);
    await c.undo();
    expect(await db.reviewLog.count()).toBe(1);
    expect(await db.reviewCards.toArray()).toEqual([card]);
  });

  it('ticks and other statuses load no review code and write no rating', async () => {
    const { db, channel: c } = await channel();
    await c.run(
      setProgress(
        'fastapi',
        {
          statuses: [status('routing', 'doing')],
          items: [{ topicId: 'routing', itemId: 'a', checked: true }],
        },
        'Ticked.',
      ),
    );
    expect(await db.reviewLog.count()).toBe(0);
  });
});
