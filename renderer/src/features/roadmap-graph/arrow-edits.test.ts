// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { layoutRoadmap } from '../../domain';
import { routeEdges } from '../../domain/edge-routes';
import { makeRoadmap } from '../../domain/ics-fixtures';
import { arrowAt, arrowName, isRemoveKey, prerequisiteOfArrow } from './arrow-edits';
import { isMenuKey } from './menu-key';
import { buildEdges } from './graph-edges';

const roadmap = makeRoadmap([
  { id: 'python-basics', title: 'Python Basics', hours: 1 },
  { id: 'fastapi', title: 'FastAPI', hours: 1, prerequisites: ['python-basics'] },
  { id: 'a-b', title: 'A->B', hours: 1, prerequisites: ['fastapi'] },
]);

describe('arrows that can be edited', () => {
  it('are named after the topics they join, in order', () => {
    expect(arrowName(roadmap, { from: 'python-basics', to: 'fastapi' })).toBe(
      '“Python Basics” before “FastAPI”',
    );
    // An id the roadmap does not know stays readable.
    expect(arrowName(roadmap, { from: 'gone', to: 'fastapi' })).toBe('“gone” before “FastAPI”');
  });

  it('are found from their element’s id, whatever characters the topic ids hold', () => {
    expect(prerequisiteOfArrow(roadmap, 'python-basics->fastapi')).toEqual({
      from: 'python-basics',
      to: 'fastapi',
    });
    expect(prerequisiteOfArrow(roadmap, 'fastapi->a-b')).toEqual({ from: 'fastapi', to: 'a-b' });
    expect(prerequisiteOfArrow(roadmap, 'fastapi->python-basics')).toBeUndefined();
  });

  it('are found from an event inside the arrow’s element, and nowhere else', () => {
    document.body.innerHTML = `
      <svg><g class="react-flow__edge" data-id="python-basics->fastapi"><path id="inside" /></g>
      <g class="react-flow__edge" data-id="stale->arrow"><path id="stale" /></g></svg>
      <div id="elsewhere"></div>`;
    const at = arrowAt(roadmap, document.getElementById('inside'));
    expect(at?.edge).toEqual({ from: 'python-basics', to: 'fastapi' });
    expect(at?.element.dataset['id']).toBe('python-basics->fastapi');
    expect(arrowAt(roadmap, document.getElementById('stale'))).toBeUndefined();
    expect(arrowAt(roadmap, document.getElementById('elsewhere'))).toBeUndefined();
    expect(arrowAt(roadmap, null)).toBeUndefined();
  });

  it('are removed by Delete or Backspace alone; their menu opens with the Menu key or Shift+F10', () => {
    const key = (key: string, init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key, ...init });
    expect(isRemoveKey(key('Delete'))).toBe(true);
    expect(isRemoveKey(key('Backspace'))).toBe(true);
    expect(isRemoveKey(key('Backspace', { ctrlKey: true }))).toBe(false);
    expect(isRemoveKey(key('d'))).toBe(false);
    expect(isMenuKey(key('ContextMenu'))).toBe(true);
    expect(isMenuKey(key('F10', { shiftKey: true }))).toBe(true);
    expect(isMenuKey(key('F10'))).toBe(false);
  });

  it('take a click and carry their name where edits are offered; otherwise stay a hidden picture', () => {
    const routes = routeEdges(layoutRoadmap(roadmap), roadmap.edges);
    const look = { blocks: false, chain: new Set<string>(), goalChain: new Set<string>(), showAll: false };
    const [editable] = buildEdges(roadmap, routes, { ...look, editable: true });
    expect(editable).toMatchObject({
      id: 'python-basics->fastapi',
      selectable: true,
      focusable: false,
      ariaLabel: '“Python Basics” before “FastAPI”',
      domAttributes: { tabIndex: -1 },
    });
    const [picture] = buildEdges(roadmap, routes, { ...look, editable: false });
    expect(picture).toMatchObject({ selectable: false, domAttributes: { 'aria-hidden': true } });
    expect(picture?.ariaLabel).toBeUndefined();
  });
});
