// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PhaseTargets } from './PhaseTargets';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const roadmap = {
  id: 'demo',
  phases: [1, 2, 3].map((number) => ({ number, title: `Part ${number}`, sections: [], line: 1 })),
};

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('PhaseTargets', () => {
  it('lists a target for a phase the roadmap does not have, says so, and removes it', () => {
    const onChange = vi.fn();
    const targets = { '1': '2027-01-15', '99': '2027-06-01' };
    act(() =>
      root.render(
        <PhaseTargets roadmap={roadmap} targets={targets} problems={new Map()} onChange={onChange} />,
      ),
    );
    expect(host.querySelectorAll('input[type="date"]')).toHaveLength(3);
    expect(host.textContent).toContain('Target for phase 99, 1 Jun 2027');
    expect(host.textContent).toContain(
      'roadmap "demo" has no phase 99 (its phases are 1–3); no schedule uses it',
    );
    const remove = host.querySelector<HTMLButtonElement>('button[aria-label="Remove target for phase 99"]');
    act(() => remove?.click());
    expect(onChange).toHaveBeenCalledWith('99', '');
  });

  it('shows no such row when every target has its phase', () => {
    act(() =>
      root.render(
        <PhaseTargets
          roadmap={roadmap}
          targets={{ '2': '2027-01-15' }}
          problems={new Map()}
          onChange={vi.fn()}
        />,
      ),
    );
    expect(host.querySelector('button[aria-label^="Remove target"]')).toBeNull();
    expect(host.textContent).not.toContain('has no phase');
  });
});
