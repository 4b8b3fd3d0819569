import { describe, expect, it } from 'vitest';
import { ownValue } from './own-value';
import { withoutPrototype } from './user-keyed-record';

describe('ownValue', () => {
  it('reads only a record’s own keys, so a topic called constructor is just a topic', () => {
    expect(ownValue({ a: 1 }, 'a')).toBe(1);
    expect(ownValue<number>({}, 'constructor')).toBeUndefined();
    expect(ownValue<number>({}, 'toString')).toBeUndefined();
    expect(ownValue<number>({}, '__proto__')).toBeUndefined();
  });

  it('reads keys JSON.parse made own, "__proto__" included', () => {
    const parsed = JSON.parse('{"__proto__": 3, "constructor": 4, "toString": 5}') as Record<string, number>;
    expect(ownValue(parsed, '__proto__')).toBe(3);
    expect(ownValue(parsed, 'constructor')).toBe(4);
    expect(ownValue(parsed, 'toString')).toBe(5);
  });
});

describe('withoutPrototype', () => {
  it('keeps the entries and finds nothing it does not have, even by bracket lookup', () => {
    const bare = withoutPrototype({ alpha: 1, constructor: 2 });
    expect(Object.entries(bare)).toEqual([
      ['alpha', 1],
      ['constructor', 2],
    ]);
    expect(withoutPrototype<number>({})['constructor']).toBeUndefined();
    expect(withoutPrototype<number>({})['toString']).toBeUndefined();
    expect(JSON.stringify(bare)).toBe('{"alpha":1,"constructor":2}');
  });
});
