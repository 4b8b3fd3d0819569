// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SelfCheck } from './SelfCheck';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

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

const press = (key: string, target: EventTarget = document.body) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
const button = (name: string) =>
  [...container.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );

function render(props: Partial<Parameters<typeof SelfCheck>[0]> = {}) {
  const handlers = { onRate: vi.fn(), onSkip: vi.fn(), onSkipAll: vi.fn(), onDismiss: vi.fn() };
  act(() =>
    root.render(<SelfCheck title="SQL Databases" waiting={0} answered={null} {...handlers} {...props} />),
  );
  return handlers;
}

describe('SelfCheck', () => {
  it('asks how well the user knows the topic just finished, with the four ratings and their keys', () => {
    render();
    expect(container.querySelector('.self-check__question')!.textContent).toBe(
      'How well do you know “SQL Databases”?',
    );
    // Heard as it comes, with its keys, though focus stays where it was.
    expect(container.querySelector('[aria-live="polite"]')!.textContent).toBe(
      'How well do you know “SQL Databases”? Keys 1 to 4 rate it.',
    );
    const labels = [...container.querySelectorAll('.rating-buttons button')].map((b) => b.textContent);
    expect(labels).toEqual(['Again 1', 'Hard 2', 'Good 3', 'Easy 4']);
    // Not a dialog: nothing takes focus away from what the user was doing.
    expect(container.querySelector('[role="dialog"], dialog')).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('rates with keys 1–4, but not while focus is in a text field', () => {
    const { onRate } = render();
    press('2');
    expect(onRate).toHaveBeenLastCalledWith('hard');
    press('4');
    expect(onRate).toHaveBeenLastCalledWith('easy');
    const field = document.createElement('textarea');
    document.body.append(field);
    press('1', field);
    expect(onRate).toHaveBeenCalledTimes(2);
    field.remove();
    press('5');
    expect(onRate).toHaveBeenCalledTimes(2);
  });

  it('rates with the buttons and skips (counted as Good by the caller)', () => {
    const { onRate, onSkip } = render();
    act(() => container.querySelector<HTMLButtonElement>('[data-rating="again"]')!.click());
    expect(onRate).toHaveBeenCalledWith('again');
    act(() => button('Skip')!.click());
    expect(onSkip).toHaveBeenCalledOnce();
  });

  it('offers Skip all when a cascade finished several topics', () => {
    const { onSkipAll } = render({ waiting: 2 });
    expect(container.textContent).toContain('2 more finished topics to rate');
    act(() => button('Skip all')!.click());
    expect(onSkipAll).toHaveBeenCalledOnce();
  });

  it('says when the topic comes back, and leaves the keys alone once nothing is asked', () => {
    const { onRate, onDismiss } = render({
      title: null,
      answered: '“SQL Databases” · Hard · Next review in 3 days · Fri 4 Dec',
    });
    expect(container.querySelector('[role="status"]')!.textContent).toBe(
      '“SQL Databases” · Hard · Next review in 3 days · Fri 4 Dec',
    );
    press('3');
    expect(onRate).not.toHaveBeenCalled();
    act(() => button('Close')!.click());
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('shows nothing with nothing to ask or say', () => {
    render({ title: null });
    expect(container.querySelector('section')).toBeNull();
    expect(container.textContent).toBe('');
  });
});
