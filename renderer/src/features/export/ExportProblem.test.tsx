// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { ExportProblem } from './ExportProblem';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

describe('ExportProblem', () => {
  it('is an alert that takes the focus when it appears, and again for a new problem', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const button = document.createElement('button');
    document.body.append(button);
    const show = (id: number, text: string) =>
      act(() =>
        root.render(
          <form>
            <ExportProblem key={id} text={text} />
            <button type="submit">Export</button>
          </form>,
        ),
      );

    show(1, 'The calendar could not be exported: disk full');
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('The calendar could not be exported: disk full');
    expect(document.activeElement).toBe(alert);
    // It sits in the form's flow, before the buttons, not over them.
    expect(alert?.nextElementSibling?.textContent).toBe('Export');

    button.focus();
    show(1, 'The calendar could not be exported: disk full');
    expect(document.activeElement).toBe(button);
    show(2, 'The calendar could not be exported: disk full');
    expect(document.activeElement).toBe(host.querySelector('[role="alert"]'));
    act(() => root.unmount());
    host.remove();
    button.remove();
  });
});
