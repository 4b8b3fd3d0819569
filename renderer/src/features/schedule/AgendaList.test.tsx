// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScheduledSession, SessionFollowState } from '../../domain';
import { AgendaList } from './AgendaList';
import type { AgendaEntry } from './AgendaRow';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const row = (
  topicId: string,
  date: string,
  state: SessionFollowState,
  over: Partial<ScheduledSession> = {},
): AgendaEntry => ({
  title: `Topic ${topicId}`,
  phase: 1,
  state,
  session: {
    id: `${topicId}#1`,
    topicId,
    part: 1,
    parts: 2,
    date,
    start: `${date}T19:00:00+01:00`,
    end: `${date}T20:00:00+01:00`,
    minutes: 60,
    ...over,
  },
});

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const group = (name: string) => container.querySelector<HTMLElement>(`section[aria-label="${name}"]`);
const texts = (name: string) => [...(group(name)?.querySelectorAll('li') ?? [])].map((li) => li.textContent);

describe('AgendaList', () => {
  // Thursday 3 December 2026: Monday's session was done, Tuesday's marked missed,
  // Wednesday's not logged, and one from last week never was.
  const today = '2026-12-03';
  const followed = [
    row('old', '2026-11-25', 'overdue'),
    row('mon', '2026-11-30', 'logged', { logged: 'done' }),
    row('tue', '2026-12-01', 'missed-flag', { logged: 'missed', awaitingReplan: true }),
    row('wed', '2026-12-02', 'overdue'),
    row('thu', '2026-12-03', 'today'),
    row('sat', '2026-12-05', 'upcoming'),
  ];

  it('keeps logged rows on their day and only unlogged ones under "Earlier, not logged"', () => {
    act(() =>
      root.render(<AgendaList followed={followed} today={today} onOpenTopic={() => {}} onLog={() => {}} />),
    );
    expect(texts('Earlier, not logged')).toEqual([
      'Wed 25 Nov19:00–20:00Topic oldPart 1 of 2 · 60 minDoneMissed',
      'Wed 2 Dec19:00–20:00Topic wedPart 1 of 2 · 60 minDoneMissed',
    ]);
    expect(texts('Earlier, logged')).toEqual([
      'Mon 30 Nov19:00–20:00Topic monPart 1 of 2 · 60 min✓ Done',
      // Missed and waiting for a replan: Done is still offered, in case it was done after all.
      'Tue 1 Dec19:00–20:00Topic tuePart 1 of 2 · 60 minMissedDone',
    ]);
    expect(group('Today · Thu 3 Dec')).not.toBeNull();
    expect(texts('Later this week')).toEqual(['Sat 5 Dec19:00–20:00Topic satPart 1 of 2 · 60 min']);
  });

  it('keeps a row logged from an earlier week in sight, and the focus on it', () => {
    const onLog = vi.fn();
    act(() =>
      root.render(<AgendaList followed={followed} today={today} onOpenTopic={() => {}} onLog={onLog} />),
    );
    const done = group('Earlier, not logged')!.querySelector<HTMLButtonElement>(
      'button[aria-label="Done: Topic old, part 1 of 2"]',
    )!;
    act(() => done.click());
    expect(onLog).toHaveBeenCalledWith(followed[0]!.session, 'done');
    // The app logs it: the row comes back logged, and moves to "Earlier, logged".
    const logged = followed.map((f) =>
      f.session.topicId === 'old' ? row('old', '2026-11-25', 'logged', { logged: 'done' }) : f,
    );
    act(() =>
      root.render(<AgendaList followed={logged} today={today} onOpenTopic={() => {}} onLog={onLog} />),
    );
    expect(texts('Earlier, not logged')).toEqual([
      'Wed 2 Dec19:00–20:00Topic wedPart 1 of 2 · 60 minDoneMissed',
    ]);
    expect(texts('Earlier, logged')[0]).toBe('Wed 25 Nov19:00–20:00Topic oldPart 1 of 2 · 60 min✓ Done');
    expect((document.activeElement as HTMLElement).dataset['session']).toBe(
      'old#1@2026-11-25T19:00:00+01:00',
    );
  });
});
