// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GraphSkipLink } from './GraphSkipLink';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  // What the search box and the topic panel put in the page for the link to find.
  document.body.innerHTML =
    '<input aria-label="Search topics" data-skip-target="search">' +
    '<h2 tabindex="-1" data-skip-target="topic-panel">JWT</h2>';
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  document.body.innerHTML = '';
});

function renderLink(panelOpen: boolean): HTMLAnchorElement {
  act(() => root.render(<GraphSkipLink panelOpen={panelOpen} />));
  return container.querySelector('a')!;
}

describe('GraphSkipLink', () => {
  it('skips to search when no topic panel is open', () => {
    const link = renderLink(false);
    expect(link.textContent).toBe('Skip to search');
    act(() => link.click());
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Search topics');
  });

  it('skips to the topic panel when one is open', () => {
    const link = renderLink(true);
    expect(link.textContent).toBe('Skip to topic panel');
    act(() => link.click());
    expect(document.activeElement?.textContent).toBe('JWT');
  });

  it('falls back to search while the panel is not in the page yet', () => {
    document.querySelector('h2')!.remove();
    const link = renderLink(true);
    act(() => link.click());
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Search topics');
  });

  it('leaves the address alone: its hash names the view', () => {
    const link = renderLink(false);
    let followed = true;
    const listen = (event: Event) => (followed = !event.defaultPrevented);
    document.addEventListener('click', listen);
    act(() => link.click());
    document.removeEventListener('click', listen);
    expect(followed).toBe(false);
  });
});
