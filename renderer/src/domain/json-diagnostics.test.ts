import { describe, expect, it } from 'vitest';
import {
  describeSyntaxError,
  describeValue,
  formatPath,
  locateProblems,
  scanJson,
  valueAt,
} from './json-diagnostics';

describe('scanJson', () => {
  it('finds the first syntax error, 1-based, and names it in words', () => {
    const { syntaxError } = scanJson('{\n  "a": 1\n  "b": 2\n}');
    expect(syntaxError).toMatchObject({ line: 3, column: 3 });
    expect(syntaxError && describeSyntaxError(syntaxError.code)).toBe('"," expected');
  });

  it('finds keys repeated within one object, not across objects', () => {
    const text = '{\n"a": {"x": 1},\n"b": {"x": 2, "x": 3}\n}';
    const { syntaxError, duplicateKeys } = scanJson(text);
    expect(syntaxError).toBeNull();
    expect(duplicateKeys).toEqual([
      { path: ['b', 'x'], offset: text.lastIndexOf('"x"'), line: 3, firstLine: 3 },
    ]);
  });
});

describe('locateProblems', () => {
  const text = '{\n  "a": [\n    1,\n    2\n  ],\n  "b": true\n}\n';

  it('orders problems by where they are and adds their line', () => {
    const problems = [
      { path: ['b'], text: 'b is wrong' },
      { path: ['a', 1], text: 'a[1] is wrong' },
      { path: ['a', 9, 'deep'], text: 'the nearest existing parent counts' },
    ];
    expect(locateProblems(text, problems, 5)).toEqual({
      shown: ['the nearest existing parent counts (line 2)', 'a[1] is wrong (line 4)', 'b is wrong (line 6)'],
      more: 0,
    });
  });

  it('shows at most `max` and counts the rest', () => {
    const problems = [
      { path: ['a'], text: 'one' },
      { path: ['b'], text: 'two' },
    ];
    expect(locateProblems(text, problems, 1)).toEqual({ shown: ['one (line 2)'], more: 1 });
  });
});

describe('paths and values in words', () => {
  it('formats paths as code would write them', () => {
    expect(formatPath(['data', 'topicStates', 3, 'status'])).toBe('data.topicStates[3].status');
    expect(formatPath(['odd key', 0])).toBe('["odd key"][0]');
    expect(formatPath([])).toBe('the file');
  });

  it('describes values briefly, cutting long strings', () => {
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1])).toBe('an array');
    expect(describeValue({})).toBe('an object');
    expect(describeValue(1.5)).toBe('1.5');
    expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
  });

  it('reads the value at a path, or undefined where there is none', () => {
    const root = { a: [{ b: 2 }] };
    expect(valueAt(root, ['a', 0, 'b'])).toBe(2);
    expect(valueAt(root, ['a', 1, 'b'])).toBeUndefined();
    expect(valueAt(root, ['toString'])).toBeUndefined();
  });
});
