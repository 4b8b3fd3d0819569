// @vitest-environment jsdom
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { todayIn } from '../../domain';
import type { Roadmap, Topic } from '../../domain';
import {
  ActionChannel,
  ActionChannelContext,
  openPlannerDatabase,
  rateTopic,
  useReviewCards,
} from '../../storage';
import type { PlannerDatabase } from '../../storage';
import { systemTimeZone } from '../../ui';
import { FinishPrompt } from './FinishPrompt';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const topicOf = (id: string, title: string): Topic => ({
  id,
  title,
  sectionNumber: 0,
  phaseNumber: 1,
  items: [],
  tip: null,
  tipSpans: [],
  estimateHours: 1,
  prerequisites: [],
  links: [],
  line: 0,
});
const TOPICS = [topicOf('sql', 'SQL Databases'), topicOf('http', 'HTTP Basics'), topicOf('auth', 'Auth')];
const roadmap: Roadmap = {
  id: 'fastapi',
  title: 'FastAPI',
  phases: [{ number: 1, title: 'One', sections: [0], line: 0 }],
  sections: [{ number: 0, title: 'Basics', phaseNumber: 1, topics: TOPICS, line: 0 }],
  topics: TOPICS,
  topicsById: new Map(TOPICS.map((t) => [t.id, t])),
  edges: [],
};
const today = todayIn(systemTimeZone(), new Date());

let container: HTMLDivElement;
let root: Root;
let db: PlannerDatabase;
let channel: ActionChannel;
const globalIndexedDb = Dexie.dependencies.indexedDB;

/** What marking a topic done writes: its first rating, Good. */
const finish = (topicId: string) =>
  channel.run(rateTopic('fastapi', topicId, 'good', { at: Date.now(), title: topicId }));

beforeEach(async () => {
  Dexie.dependencies.indexedDB = new IDBFactory();
  db = await openPlannerDatabase('finish-prompt', { indexedDB: new IDBFactory(), IDBKeyRange });
  channel = new ActionChannel(db, (error) => {
    throw error;
  });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  db.close();
  Dexie.dependencies.indexedDB = globalIndexedDb;
});

function Shown() {
  const cards = useReviewCards('fastapi');
  return <FinishPrompt roadmap={roadmap} today={today} cards={cards} hidden={false} />;
}

async function show() {
  act(() =>
    root.render(
      <ActionChannelContext.Provider value={channel}>
        <Shown />
      </ActionChannelContext.Provider>,
    ),
  );
  await settle();
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));
async function until(check: () => void | Promise<void>, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await settle();
    }
  }
}
// What the prompt shows (its words for screen readers aside).
const text = () => container.querySelector('.self-check')?.textContent ?? '';
const press = (key: string) =>
  act(() => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
const ratingsOf = async (topicId: string) =>
  (await db.reviewLog.where('[roadmapId+topicId]').equals(['fastapi', topicId]).toArray()).map(
    (r) => r.rating,
  );

describe('FinishPrompt', () => {
  it('asks about a topic finished while the app is open, not about those finished before', async () => {
    await finish('auth');
    await show();
    expect(text()).toBe('');
    await finish('sql');
    await until(() => expect(text()).toContain('How well do you know “SQL Databases”?'));

    // Key 2: Hard replaces the Good that marking it done wrote, and the prompt says when it comes back.
    press('2');
    await until(async () => expect(await ratingsOf('sql')).toEqual(['hard']));
    await until(() =>
      expect(container.querySelector('[role="status"]')!.textContent).toMatch(
        /^“SQL Databases” · Hard · Next review (tomorrow|in \d+ days) · /,
      ),
    );
    expect(text()).not.toContain('How well do you know');
    // The question is gone: keys are left alone.
    press('4');
    await settle();
    expect(await ratingsOf('sql')).toEqual(['hard']);
  });

  it('asks about a cascade one topic at a time; Skip keeps Good, Skip all ends it', async () => {
    await show();
    await finish('sql');
    await finish('http');
    await finish('auth');
    await until(() => expect(text()).toContain('2 more finished topics to rate'));
    expect(text()).toContain('How well do you know “SQL Databases”?');
    act(() => container.querySelector<HTMLButtonElement>('.self-check__skip:last-child')!.click());
    expect(text()).toContain('How well do you know “HTTP Basics”?');
    expect(text()).toContain('1 more finished topic to rate');
    act(() => [...container.querySelectorAll('button')].find((b) => b.textContent === 'Skip all')!.click());
    expect(text()).toBe('');
    expect(await ratingsOf('sql')).toEqual(['good']);
    expect(await ratingsOf('http')).toEqual(['good']);
  });
});
