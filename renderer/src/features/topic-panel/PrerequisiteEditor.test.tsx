// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Roadmap, Section, Topic } from '../../domain';
import { PrerequisiteEditor } from './PrerequisiteEditor';
import { prerequisiteChoices } from './prerequisite-choices';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const topicOf = (id: string, title: string, sectionNumber: number, prerequisites: string[] = []): Topic => ({
  id,
  title,
  sectionNumber,
  phaseNumber: 1,
  items: [],
  tip: null,
  tipSpans: [],
  estimateHours: 1,
  prerequisites,
  links: [],
  line: 0,
});
/** Two sections; "Routing" needs "Python" and "Setup". */
function roadmapWith(routingNeeds: string[]): Roadmap {
  const topics = [
    topicOf('python', 'Python Foundations', 0),
    topicOf('http', 'Web & HTTP Basics', 0),
    topicOf('setup', 'Project Setup', 1, ['python']),
    topicOf('routing', 'Routing Basics', 1, routingNeeds),
  ];
  const sections: Section[] = [
    { number: 0, title: 'Basics', phaseNumber: 1, topics: topics.slice(0, 2), line: 0 },
    { number: 1, title: 'Fundamentals', phaseNumber: 1, topics: topics.slice(2), line: 0 },
  ];
  return {
    id: 'r',
    title: 'R',
    phases: [{ number: 1, title: 'One', sections: [0, 1], line: 0 }],
    sections,
    topics,
    topicsById: new Map(topics.map((t) => [t.id, t])),
    edges: [],
  };
}

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
const pick = (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};
const picker = () => container.querySelector<HTMLSelectElement>('select')!;

function render(needs: string[], { onAdd, onRemove }: { onAdd?: () => void; onRemove?: () => void } = {}) {
  const roadmap = roadmapWith(needs);
  act(() =>
    root.render(
      <PrerequisiteEditor
        roadmap={roadmap}
        topic={roadmap.topicsById.get('routing')!}
        onSelect={vi.fn()}
        onAdd={onAdd}
        onRemove={onRemove}
      />,
    ),
  );
}

describe('prerequisiteChoices', () => {
  it('offers every other topic not yet a prerequisite, by section in roadmap order', () => {
    const roadmap = roadmapWith(['setup']);
    const groups = prerequisiteChoices(roadmap, roadmap.topicsById.get('routing')!);
    expect(groups.map((g) => [g.label, g.topics.map((t) => t.id)])).toEqual([
      ['Section 0 · Basics', ['python', 'http']],
    ]);
  });
});

describe('PrerequisiteEditor', () => {
  it('shows neither Remove nor Add without the props', () => {
    render(['python', 'setup']);
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('button')).toBeNull();
  });

  it('removes a prerequisite with its named button and moves the focus to the next one', () => {
    const onRemove = vi.fn();
    render(['python', 'setup'], { onRemove });
    const remove = button('Remove prerequisite “Python Foundations”')!;
    remove.focus();
    act(() => remove.click());
    expect(onRemove).toHaveBeenCalledWith('python', 'routing');
    // The app updates the roadmap; the panel re-renders without it.
    render(['setup'], { onRemove });
    expect(document.activeElement).toBe(button('Remove prerequisite “Project Setup”'));
  });

  it('adds the chosen topic as a prerequisite, offering only the ones it can gain', () => {
    const onAdd = vi.fn();
    render(['setup'], { onAdd });
    act(() => button('Add prerequisite…')!.click());
    const select = picker();
    expect(document.activeElement).toBe(select);
    expect(container.querySelector(`label[for="${select.id}"]`)!.textContent).toBe('Prerequisite to add');
    const offered = [...select.querySelectorAll('optgroup')].map((g) => [
      g.label,
      [...g.querySelectorAll('option')].map((o) => o.textContent),
    ]);
    expect(offered).toEqual([['Section 0 · Basics', ['Python Foundations', 'Web & HTTP Basics']]]);

    // Add with nothing chosen says what is missing and calls nothing.
    act(() => button('Add')!.click());
    expect(onAdd).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')!.textContent).toBe(
      'Choose the topic “Routing Basics” should need.',
    );

    act(() => pick(select, 'http'));
    act(() => button('Add')!.click());
    expect(onAdd).toHaveBeenCalledWith('http', 'routing');
    // The form closes and the keyboard goes on from where it opened.
    expect(container.querySelector('form')).toBeNull();
    expect(document.activeElement).toBe(button('Add prerequisite…'));
  });

  it('closes the form with Escape or Cancel, adding nothing, and keeps Escape from the panel', () => {
    const onAdd = vi.fn();
    const outside = vi.fn();
    window.addEventListener('keydown', outside);
    render(['setup'], { onAdd });
    act(() => button('Add prerequisite…')!.click());
    act(() => pick(picker(), 'http'));
    act(() => {
      picker().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    window.removeEventListener('keydown', outside);
    expect(container.querySelector('form')).toBeNull();
    expect(outside).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button('Add prerequisite…'));

    act(() => button('Add prerequisite…')!.click());
    // It opens empty again.
    expect(picker().value).toBe('');
    act(() => button('Cancel')!.click());
    expect(container.querySelector('form')).toBeNull();
    expect(onAdd).not.toHaveBeenCalled();
  });
});
