import { describe, expect, it } from 'vitest';
import { ownValue } from './own-value';

describe('ownValue', () => {
  it('reads only a record’s own keys, so a topic called constructor is just a topic', () => {
    expect(ownValue({ a: 1 }, 'a')).toBe(1);
    expect(ownValue<number>({}, 'constructor')).toBeUndefined();
    expect(ownValue<number>({}, 'toString')).toBeUndefined();
  });
});
