import { describe, expect, it } from 'vitest';
import { unknownPhaseTargets } from './plan';

const roadmap = (...numbers: number[]) => ({
  id: 'demo',
  phases: numbers.map((number) => ({ number, title: `P${number}`, sections: [], line: 1 })),
});

describe('unknownPhaseTargets', () => {
  it('reports targets for phases the roadmap does not have, by number, naming its phases', () => {
    const targets = { '1': '2027-01-01', '99': '2027-06-01', '4': '2027-03-01' };
    expect(unknownPhaseTargets(targets, roadmap(1, 2, 3))).toEqual([
      { phase: '4', path: 'phaseTargets.4', message: 'roadmap "demo" has no phase 4 (its phases are 1–3)' },
      {
        phase: '99',
        path: 'phaseTargets.99',
        message: 'roadmap "demo" has no phase 99 (its phases are 1–3)',
      },
    ]);
  });

  it('has nothing to say when every target has its phase', () => {
    expect(unknownPhaseTargets({ '2': '2027-01-01' }, roadmap(1, 2))).toEqual([]);
    expect(unknownPhaseTargets({}, roadmap())).toEqual([]);
  });

  it('names the phases however they are numbered', () => {
    const message = (...numbers: number[]) =>
      unknownPhaseTargets({ '9': '2027-01-01' }, roadmap(...numbers))[0]?.message;
    expect(message()).toBe('roadmap "demo" has no phase 9 (it has no study phases)');
    expect(message(2)).toBe('roadmap "demo" has no phase 9 (its only phase is 2)');
    expect(message(5, 1, 2)).toBe('roadmap "demo" has no phase 9 (its phases are 1, 2 and 5)');
  });

  it('looks at own keys only: a plan object’s prototype is no target', () => {
    expect(
      unknownPhaseTargets(JSON.parse('{"constructor": "2027-01-01"}') as Record<string, string>, roadmap(1)),
    ).toEqual([
      {
        phase: 'constructor',
        path: 'phaseTargets.constructor',
        message: 'roadmap "demo" has no phase constructor (its only phase is 1)',
      },
    ]);
  });
});
