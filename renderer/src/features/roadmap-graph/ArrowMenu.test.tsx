// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArrowMenu } from './ArrowMenu';

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

function render() {
  const onRemove = vi.fn();
  const onClose = vi.fn();
  act(() =>
    root.render(
      <ArrowMenu name="“A” before “B”" at={{ x: 4, y: 8 }} onRemove={onRemove} onClose={onClose} />,
    ),
  );
  const menu = container.querySelector<HTMLElement>('[role="menu"]')!;
  return { menu, onRemove, onClose };
}

describe('ArrowMenu', () => {
  it('names its arrow, focuses its one item and removes the prerequisite', () => {
    const { menu, onRemove, onClose } = render();
    expect(menu.getAttribute('aria-label')).toBe('Arrow “A” before “B”');
    expect(document.activeElement?.textContent).toBe('×Remove prerequisiteDel');
    act(() => (document.activeElement as HTMLElement).click());
    expect(onRemove).toHaveBeenCalledOnce();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes on Escape, keeping the key from the window, and on a click outside', () => {
    const { menu, onRemove, onClose } = render();
    const seen = vi.fn();
    window.addEventListener('keydown', seen);
    act(() => menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    window.removeEventListener('keydown', seen);
    expect(onClose).toHaveBeenCalledOnce();
    expect(seen).not.toHaveBeenCalled();
    act(() => document.body.dispatchEvent(new Event('pointerdown', { bubbles: true })));
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(onRemove).not.toHaveBeenCalled();
  });
});
