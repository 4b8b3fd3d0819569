// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isTimeZone } from '../../domain';
import { TimeZoneField } from './TimeZoneField';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
// jsdom lays nothing out; the field scrolls the highlighted zone into view.
Element.prototype.scrollIntoView = () => {};

let host: HTMLDivElement;
let root: Root;
let changes: string[];
let submitted: string[];

beforeEach(() => {
  // 18:30 UTC on 1 Dec 2026: 13:30 in New York (UTC−05:00, no daylight saving), 00:00 in Kolkata.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T18:30:00Z') });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  changes = [];
  submitted = [];
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.useRealTimers();
});

/** The field in a form as the plan view holds it: the zone in state, checked as the plan's schema does. */
function Form({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submitted.push(value);
      }}
    >
      <TimeZoneField
        value={value}
        problem={isTimeZone(value.trim()) ? undefined : 'not a known IANA time zone'}
        onChange={(zone) => {
          changes.push(zone);
          setValue(zone);
        }}
      />
    </form>
  );
}

function show(initial = 'Europe/Berlin') {
  act(() => root.render(<Form initial={initial} />));
  return host.querySelector<HTMLInputElement>('input[role="combobox"]')!;
}

function type(input: HTMLInputElement, text: string) {
  act(() => {
    input.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function press(input: HTMLInputElement, key: string, init: KeyboardEventInit = {}) {
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}

const options = () => [...host.querySelectorAll('[role="option"]')];
const listbox = () => host.querySelector('[role="listbox"]');
const error = () => host.querySelector('.plan-field__error')?.textContent ?? null;
const active = (input: HTMLInputElement) => {
  const id = input.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)?.getAttribute('aria-label') : null;
};

describe('TimeZoneField', () => {
  it('finds "new york" with its offset and time, and Enter picks it', () => {
    const input = show();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    type(input, 'new york');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-controls')).toBe(listbox()?.id);
    expect(options()[0]?.getAttribute('aria-label')).toBe(
      'America/New_York, UTC−05:00 · 13:30 now, New York City, Brooklyn, Queens, Philadelphia · United States',
    );
    expect(active(input)).toMatch(/^America\/New_York,/);
    press(input, 'Enter');
    expect(changes).toEqual(['America/New_York']);
    expect(listbox()).toBeNull();
    expect(input.value).toBe('America/New_York');
    expect(host.textContent).toContain('UTC−05:00 · 13:30 there now');
    expect(submitted).toEqual([]);
  });

  it('says nothing of a half-typed name until the field is left', () => {
    const input = show();
    type(input, 'new y');
    expect(error()).toBeNull();
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(changes).toEqual([]);
    act(() => input.blur());
    expect(changes).toEqual(['new y']);
    expect(error()).toContain('not a known IANA time zone');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // Typing again hides it until the field is left again.
    type(input, 'kolk');
    expect(error()).toBeNull();
  });

  it('reads a typed alias or a city as its zone when the field is left', () => {
    const input = show();
    type(input, 'Asia/Calcutta');
    expect(options()[0]?.getAttribute('aria-label')).toMatch(
      /^Asia\/Kolkata, UTC\+05:30 · 00:00 now, .*also Asia\/Calcutta$/,
    );
    act(() => input.blur());
    expect(changes).toEqual(['Asia/Kolkata']);
    expect(input.value).toBe('Asia/Kolkata');
    type(input, 'são paulo');
    act(() => input.blur());
    expect(changes.at(-1)).toBe('America/Sao_Paulo');
  });

  it('shows a stored alias as the zone it means without changing the plan', () => {
    const input = show('US/Eastern');
    expect(input.value).toBe('America/New_York');
    act(() => input.focus());
    act(() => input.blur());
    expect(changes).toEqual([]);
  });

  it('moves through the list with the arrow keys; Escape closes it, then gives back the zone', () => {
    const input = show();
    act(() => input.focus());
    press(input, 'ArrowDown');
    // Opened without typing: every zone, from the plan's own.
    expect(options().length).toBeGreaterThan(300);
    expect(active(input)).toMatch(/^Europe\/Berlin,/);
    press(input, 'ArrowDown');
    expect(active(input)).toMatch(/^Europe\/Bratislava,/);
    press(input, 'ArrowUp');
    press(input, 'ArrowUp');
    expect(active(input)).toMatch(/^Europe\/Belgrade,/);
    press(input, 'Escape');
    expect(listbox()).toBeNull();
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);

    type(input, 'tok');
    press(input, 'Escape');
    expect(input.value).toBe('tok');
    press(input, 'Escape');
    expect(input.value).toBe('Europe/Berlin');
    act(() => input.blur());
    expect(changes).toEqual([]);
  });

  it('picks a zone with the mouse, keeping the focus in the field', () => {
    const input = show();
    type(input, 'kolkata');
    const option = options()[0]!;
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    act(() => option.dispatchEvent(down));
    expect(down.defaultPrevented).toBe(true);
    act(() => option.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(changes).toEqual(['Asia/Kolkata']);
    expect(document.activeElement).toBe(input);
  });

  it('says when nothing matches', () => {
    const input = show();
    type(input, 'xyzzy');
    expect(options()).toHaveLength(0);
    expect(listbox()?.textContent).toContain('No time zone matches “xyzzy”');
  });

  it('saves what is typed on Enter or Ctrl+Enter: the form gets the zone it names', async () => {
    const input = show();
    type(input, 'mumbai');
    press(input, 'Escape');
    press(input, 'Enter');
    expect(changes).toEqual(['Asia/Kolkata']);
    await act(() => new Promise((resolve) => setTimeout(resolve)));
    expect(submitted).toEqual(['Asia/Kolkata']);

    type(input, 'berlin');
    press(input, 'Enter', { ctrlKey: true });
    await act(() => new Promise((resolve) => setTimeout(resolve)));
    expect(submitted).toEqual(['Asia/Kolkata', 'Europe/Berlin']);
  });
});
