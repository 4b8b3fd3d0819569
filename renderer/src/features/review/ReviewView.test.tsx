// @vitest-environment jsdom
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../domain';
import type { Roadmap, Section, Topic, TopicStatus } from '../../domain';
import {
  ActionChannel,
  ActionChannelContext,
  openPlannerDatabase,
  rateTopic,
  useReviewCards,
} from '../../storage';
import type { PlannerDatabase } from '../../storage';
import { systemTimeZone } from '../../ui';
import { reviewHref } from '../../ui/review-link';
import { ReviewView } from './ReviewView';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const topicOf = (id: string, title: string, items: string[] = []): Topic => ({
  id,
  title,
  sectionNumber: 0,
  phaseNumber: 1,
  items: items.map((text) => ({ id: text, text, spans: [{ text }], line: 0 })),
  tip: id === 'sql' ? 'Use one session per request.' : null,
  tipSpans: id === 'sql' ? [{ text: 'Use one session per request.' }] : [],
  estimateHours: 1,
  prerequisites: [],
  links: [],
  line: 0,
});
const TOPICS = [
  topicOf('sql', 'SQL Databases', ['Sessions', 'Migrations']),
  topicOf('http', 'HTTP Basics', ['Status codes']),
  topicOf('routing', 'Routing'),
  topicOf('auth', 'Auth'),
];
const sections: Section[] = [{ number: 0, title: 'Basics', phaseNumber: 1, topics: TOPICS, line: 0 }];
const roadmap: Roadmap = {
  id: 'fastapi',
  title: 'FastAPI',
  phases: [{ number: 1, title: 'One', sections: [0], line: 0 }],
  sections,
  topics: TOPICS,
  topicsById: new Map(TOPICS.map((t) => [t.id, t])),
  edges: [],
};
// Routing is not done any more: its card stays, but it is not reviewed.
const statuses = new Map<string, TopicStatus>([
  ['sql', 'done'],
  ['http', 'done'],
  ['routing', 'todo'],
  ['auth', 'done'],
]);
const today = todayIn(systemTimeZone(), new Date());
const DAY = 86_400_000;

let container: HTMLDivElement;
let root: Root;
let db: PlannerDatabase;
let channel: ActionChannel;
const globalIndexedDb = Dexie.dependencies.indexedDB;

/** Rates a topic `daysAgo` days ago (its first rating, as marking it done writes). */
const rateAgo = (topicId: string, daysAgo: number, rating: 'again' | 'good' = 'good') =>
  channel.run(rateTopic('fastapi', topicId, rating, { at: Date.now() - daysAgo * DAY, title: topicId }));

beforeEach(async () => {
  Dexie.dependencies.indexedDB = new IDBFactory();
  db = await openPlannerDatabase('review-view', { indexedDB: new IDBFactory(), IDBKeyRange });
  channel = new ActionChannel(db, (error) => {
    throw error;
  });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  window.location.hash = '#review';
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  db.close();
  Dexie.dependencies.indexedDB = globalIndexedDb;
});

function Shown() {
  const cards = useReviewCards('fastapi');
  return <ReviewView roadmap={roadmap} today={today} cards={cards} statuses={statuses} notes={NOTES} />;
}
const NOTES = new Map([['sql', 'Depends(get_session) per request']]);

function show() {
  act(() =>
    root.render(
      <ActionChannelContext.Provider value={channel}>
        <Shown />
      </ActionChannelContext.Provider>,
    ),
  );
}

async function until(check: () => void, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }
}

const text = () => container.textContent ?? '';
const title = () => container.querySelector('h2')?.textContent;
const press = (key: string) =>
  act(() => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
const button = (name: string) => {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

describe('ReviewView', () => {
  it('reviews each done topic due, one at a time: prompts, rating by key, the next due date, a summary', async () => {
    // Again a month ago: long due. Good 3 days ago: due about now. Good today: not due.
    await rateAgo('http', 30, 'again');
    await rateAgo('sql', 40, 'again');
    await rateAgo('routing', 30, 'again');
    await rateAgo('auth', 0);
    show();
    await until(() => expect(title()).toBe('SQL Databases'));
    expect(text()).toContain('Review · 1 of 2');
    expect([...container.querySelectorAll('.review-topic__prompts li')].map((li) => li.textContent)).toEqual([
      'Sessions',
      'Migrations',
    ]);
    expect(text()).toContain('Use one session per request.');
    expect(container.querySelector('details')!.textContent).toContain('Depends(get_session) per request');
    expect(document.activeElement).toBe(container.querySelector('h2'));

    press('2');
    await until(() =>
      expect(container.querySelector('[role="status"]')!.textContent).toMatch(/^Hard · Next review /),
    );
    const due = (await db.reviewCards.get(['fastapi', 'sql']))!.due;
    expect(due > today).toBe(true);
    expect(container.querySelector('[role="status"]')!.textContent).toContain(
      due === addDays(today, 1) ? 'tomorrow' : 'in ',
    );
    expect(document.activeElement).toBe(button('Next topic'));
    // Rated once: the keys wait for the next topic.
    press('4');
    expect(await db.reviewLog.where('[roadmapId+topicId]').equals(['fastapi', 'sql']).count()).toBe(2);

    act(() => button('Next topic').click());
    expect(title()).toBe('HTTP Basics');
    act(() => container.querySelector<HTMLButtonElement>('[data-rating="easy"]')!.click());
    await until(() => expect(text()).toContain('Easy · Next review'));
    act(() => button('Finish').click());
    expect(title()).toBe('Review finished');
    expect(text()).toContain('You reviewed 2 topics.');
    expect(
      [...container.querySelectorAll('.review-summary__list li')].map((li) => li.children[1]!.textContent),
    ).toEqual(['Hard', 'Easy']);
    expect(container.querySelector<HTMLAnchorElement>('a[href="#graph"]')).not.toBeNull();
  });

  it('reviews exactly the topics the address names', async () => {
    await rateAgo('auth', 0);
    await rateAgo('http', 0);
    window.location.hash = reviewHref(['auth']);
    show();
    await until(() => expect(title()).toBe('Auth'));
    expect(text()).toContain('Review · 1 of 1');
    press('3');
    await until(() => expect(text()).toContain('Good · Next review'));
    act(() => button('Finish').click());
    expect(text()).toContain('You reviewed 1 topic.');
  });

  it('says nothing is due, and when the next review is', async () => {
    await rateAgo('auth', 0);
    show();
    await until(() => expect(text()).toContain('Nothing is due for review today.'));
    expect(text()).toMatch(/First to come back: “Auth” · Next review (tomorrow|in \d+ days) · /);
  });
});
