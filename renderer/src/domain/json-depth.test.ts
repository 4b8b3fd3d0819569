import { describe, expect, it } from 'vitest';
import { META, sampleData } from './backup-fixtures';
import { serializeBackup } from './backup-format';
import { checkJsonDepth, findDeepNesting, MAX_JSON_DEPTH } from './json-depth';

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('findDeepNesting', () => {
  it('lets text through that stays within the limit, counting arrays and objects alike', () => {
    expect(findDeepNesting(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(findDeepNesting('{"a": [{"b": [1]}]}', 4)).toBeNull();
    expect(findDeepNesting('{"a": [{"b": [1]}]}', 3)).toEqual({ line: 1, column: 14 });
    // Depth is nesting, not how many containers a file holds.
    expect(findDeepNesting(`[${Array.from({ length: 10_000 }, () => '[1]').join(',')}]`)).toBeNull();
  });

  it('points at the bracket that goes one level too deep, by line and column', () => {
    expect(findDeepNesting(nested(MAX_JSON_DEPTH + 1))).toEqual({ line: 1, column: MAX_JSON_DEPTH + 1 });
    expect(findDeepNesting('{\n  "a":\n    [[[1]]]\n}', 3)).toEqual({ line: 3, column: 7 });
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ a: '[[[[{{{{', b: 'say \\"[[[[\\" twice', c: ['"[[[['] });
    expect(findDeepNesting(text, 2)).toBeNull();
  });

  it('scans 16 KB of nesting (the probe’s stack overflow) quickly and without recursion', () => {
    const t0 = performance.now();
    expect(findDeepNesting(nested(8_000))).toEqual({ line: 1, column: MAX_JSON_DEPTH + 1 });
    expect(findDeepNesting(nested(5_000_000))).not.toBeNull();
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('leaves room to spare for the deepest file the app writes: kept-aside rows in a backup', () => {
    const data = sampleData();
    const note = data.notes[0]!;
    // What a restore stores in `meta` for rows of unknown topics: 8 levels down in the next backup.
    data.meta.push({ key: 'kept-aside-x', value: { ...META, rows: [{ table: 'notes', row: note }] } });
    data.keptAside = [{ table: 'notes', row: note }];
    const backup = serializeBackup(data, META);
    expect(findDeepNesting(backup, 8)).toBeNull();
    expect(findDeepNesting(backup, 7)).not.toBeNull();
  });
});

describe('checkJsonDepth', () => {
  it('says where the text nests too deeply', () => {
    expect(checkJsonDepth('{"a": 1}')).toBeNull();
    expect(checkJsonDepth(`{\n"x": ${nested(100)}}`)).toBe(
      `nested too deeply at line 2, column ${6 + MAX_JSON_DEPTH - 1} (more than ${MAX_JSON_DEPTH} levels of arrays and objects)`,
    );
  });

  it('refuses the probe’s 16 KB of nesting in one line, never a throw', () => {
    expect(checkJsonDepth(nested(8_000))).toBe(
      `nested too deeply at line 1, column ${MAX_JSON_DEPTH + 1} (more than ${MAX_JSON_DEPTH} levels of arrays and objects)`,
    );
  });
});
