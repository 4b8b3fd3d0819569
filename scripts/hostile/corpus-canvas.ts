import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CaseFile, HostileCase } from './corpus';
import { file, garbage, json, nested, text } from './corpus';

const EXAMPLE = path.resolve(import.meta.dirname, '../../content/examples/kubernetes.canvas');

/** A group holding `cards` text cards, stacked; `edges` between them as given. */
function canvas(cards: string[], edges: [number, number][] = []) {
  return {
    nodes: [
      {
        id: 'g',
        type: 'group',
        label: 'Only Section',
        x: 0,
        y: 0,
        width: 400,
        height: 100 * cards.length + 100,
      },
      ...cards.map((card, i) => ({
        id: `c${i}`,
        type: 'text',
        text: card,
        x: 10,
        y: 60 + 100 * i,
        width: 300,
        height: 80,
      })),
    ],
    edges: edges.map(([from, to], i) => ({ id: `e${i}`, fromNode: `c${from}`, toNode: `c${to}` })),
  };
}

/** `validate` of the case's roadmap.canvas. */
function canvasCase(name: string, content: CaseFile, expect: HostileCase['expect'] = 'refuse'): HostileCase {
  return {
    name: `canvas: ${name}`,
    files: { 'roadmap.canvas': content },
    run: { cli: ['validate', '{dir}/roadmap.canvas'] },
    expect,
  };
}

/** Every case of a JSON Canvas roadmap (issue 14). */
export function canvasCases(): HostileCase[] {
  const MB = 1024 * 1024;
  return [
    canvasCase(
      'the example roadmap',
      file(() => readFileSync(EXAMPLE, 'utf8')),
      'accept',
    ),
    canvasCase('an empty file', text('')),
    canvasCase('{} (not a canvas)', json({})),
    canvasCase(
      '64 KB of binary garbage',
      file(() => garbage(64 * 1024)),
    ),
    canvasCase(
      'arrays nested 100,000 deep',
      file(() => `{"nodes": ${nested('[', ']', 100_000)}}`),
    ),
    canvasCase(
      '5 MB + 1 byte',
      file(() => `{"nodes": [], "edges": []}${' '.repeat(5 * MB + 1 - 26)}`),
    ),
    canvasCase(
      '60,000 dangling edges',
      file(() =>
        JSON.stringify(
          canvas(
            ['A'],
            Array.from({ length: 60_000 }, () => [0, 99] as [number, number]),
          ),
        ),
      ),
    ),
    canvasCase(
      'a cycle of two cards',
      json(
        canvas(
          ['A', 'B'],
          [
            [0, 1],
            [1, 0],
          ],
        ),
      ),
    ),
    canvasCase(
      '5,001 cards in one group',
      file(() => JSON.stringify(canvas(Array.from({ length: 5001 }, (_, i) => `T${i}`)))),
    ),
    canvasCase('a 100,000-character card title', json(canvas(['T'.repeat(100_000)])), 'answer'),
    canvasCase('U+202E (right-to-left override) in a card title', json(canvas(['Second \u202eTopic']))),
  ];
}
