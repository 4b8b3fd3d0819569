import { describe, expect, it } from 'vitest';
import { topicChain } from './topic-chain';

describe('topicChain', () => {
  // a → b → c → d, and x → c; e stands alone.
  const edges = [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'd' },
    { from: 'x', to: 'c' },
  ];

  it('takes the topic, its prerequisites and what it unlocks, transitively', () => {
    expect([...topicChain({ edges }, () => true, 'c')].sort()).toEqual(['a', 'b', 'c', 'd', 'x']);
    expect([...topicChain({ edges }, () => true, 'e')]).toEqual(['e']);
  });

  it('stops upstream at finished topics but follows everything downstream', () => {
    const open = (id: string) => id !== 'b';
    expect([...topicChain({ edges }, open, 'c')].sort()).toEqual(['c', 'd', 'x']);
    expect([...topicChain({ edges }, () => false, 'a')].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ends on a cycle', () => {
    const cycle = [
      { from: 'p', to: 'q' },
      { from: 'q', to: 'p' },
    ];
    expect([...topicChain({ edges: cycle }, () => true, 'p')].sort()).toEqual(['p', 'q']);
  });
});
