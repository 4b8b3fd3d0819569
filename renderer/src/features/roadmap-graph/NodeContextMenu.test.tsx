// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TopicStatus } from '../../domain';
import { makeRoadmap } from '../../domain/ics-fixtures';
import { NodeContextMenu } from './NodeContextMenu';

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

const roadmap = makeRoadmap([{ id: 'jwt', title: 'JWT', hours: 1 }]);

function render(
  status: TopicStatus,
  isGoal: boolean,
  onGoal?: (id: string | null) => void,
  onClose = vi.fn(),
) {
  act(() =>
    root.render(
      <NodeContextMenu
        roadmap={roadmap}
        topicId="jwt"
        statuses={new Map([['jwt', status]])}
        at={{ x: 0, y: 0 }}
        onStatus={vi.fn()}
        onClose={onClose}
        goal={isGoal ? 'jwt' : null}
        onGoal={onGoal}
      />,
    ),
  );
  return [...container.querySelectorAll('[role="menuitem"]')].map((item) => item.textContent);
}

describe('NodeContextMenu', () => {
  it('offers to plan toward an open topic, and reaches it with the arrow keys', () => {
    const onGoal = vi.fn();
    const onClose = vi.fn();
    expect(render('todo', false, onGoal, onClose)).toEqual(['⚑Plan toward this topic']);
    const menu = container.querySelector('[role="menu"]')!;
    act(() => menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true })));
    expect(document.activeElement?.textContent).toBe('⚑Plan toward this topic');
    act(() => (document.activeElement as HTMLElement).click());
    expect(onGoal).toHaveBeenCalledExactlyOnceWith('jwt');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('clears the goal on the goal itself, even once done; offers nothing without a plan or on a finished topic', () => {
    expect(render('done', true, vi.fn())).toEqual(['×Clear goal']);
    expect(render('skipped', false, vi.fn())).toEqual([]);
    expect(render('todo', false)).toEqual([]);
  });
});
