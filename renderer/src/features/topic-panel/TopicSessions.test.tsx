// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScheduledSession } from '../../domain';
import { TopicSessions } from './TopicSessions';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const session = (part: number, date: string, over: Partial<ScheduledSession> = {}): ScheduledSession => ({
  id: `t#${part}`,
  topicId: 't',
  part,
  parts: 3,
  date,
  start: `${date}T19:00:00+01:00`,
  end: `${date}T20:00:00+01:00`,
  minutes: 60,
  ...over,
});
// Wednesday 2 December 2026, 21:00 in Berlin.
const NOW = Date.parse('2026-12-02T20:00:00Z');
const SESSIONS = [
  session(1, '2026-12-01', { logged: 'done' }),
  session(2, '2026-12-02'),
  session(3, '2026-12-04'),
  session(4, '2026-12-05'),
];

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

const button = (name: string) =>
  [...container.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );
const setValue = (input: HTMLInputElement, value: string) => {
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  set.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const submit = (form: HTMLFormElement) => form.requestSubmit();

function render(onLog = vi.fn(), onLogTime = vi.fn()) {
  act(() =>
    root.render(
      <TopicSessions sessions={SESSIONS} status="doing" now={NOW} onLog={onLog} onLogTime={onLogTime} />,
    ),
  );
  return { onLog, onLogTime };
}

describe('TopicSessions', () => {
  it('offers Done and Missed on a session under way or past, Done early on the next one, nothing on a logged one', () => {
    render();
    const rows = [...container.querySelectorAll('li')];
    expect(rows[0]!.textContent).toContain('✓ done');
    expect(rows[0]!.querySelector('button')).toBeNull();
    expect(button('Done: part 2 of 3')).toBeDefined();
    expect(button('Missed: part 2 of 3')).toBeDefined();
    expect(button('Done early: part 3 of 3')).toBeDefined();
    expect(button('Missed: part 3 of 3')).toBeUndefined();
    // Only the next session can be done early; later ones only read.
    expect(rows[3]!.querySelector('button')).toBeNull();
  });

  it('asks Done for the minutes really spent, prefilled with the planned ones', () => {
    const { onLog } = render();
    act(() => button('Done: part 2 of 3')!.click());
    const form = container.querySelector<HTMLFormElement>('form[aria-label="Minutes spent on part 2 of 3"]')!;
    const input = form.querySelector('input')!;
    expect(input.value).toBe('60');
    expect(document.activeElement).toBe(input);
    act(() => setValue(input, '45'));
    act(() => submit(form));
    expect(onLog).toHaveBeenCalledWith(SESSIONS[1], 'done', 45);
    expect(container.querySelector('form[aria-label^="Minutes spent"]')).toBeNull();
  });

  it('logs Missed at once and cancels Done with Escape', () => {
    const { onLog } = render();
    act(() => button('Missed: part 2 of 3')!.click());
    expect(onLog).toHaveBeenCalledWith(SESSIONS[1], 'missed');
    act(() => button('Done early: part 3 of 3')!.click());
    const input = container.querySelector<HTMLInputElement>('form[aria-label^="Minutes spent"] input')!;
    act(() => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(container.querySelector('form[aria-label^="Minutes spent"]')).toBeNull();
    expect(onLog).toHaveBeenCalledTimes(1);
  });

  it('logs time outside a session, and names a bad number instead', () => {
    const { onLogTime } = render();
    const form = container.querySelector<HTMLFormElement>('form[aria-label="Log time: minutes studied"]')!;
    const input = form.querySelector('input')!;
    act(() => submit(form));
    expect(onLogTime).not.toHaveBeenCalled();
    expect(form.querySelector('[role="alert"]')!.textContent).toBe('Enter whole minutes from 1 to 1440.');
    act(() => setValue(input, '25'));
    act(() => submit(form));
    expect(onLogTime).toHaveBeenCalledWith(25);
    expect(input.value).toBe('');
  });
});
