import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_ROADMAP, loadRoadmap } from './load-roadmap';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'planner-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const EMPTY_ROADMAP = '# Empty\n\n## 0. Nothing Yet\n\n## Phases\n\n- **Phase 1 (All)**: Sections 0\n';

describe('loadRoadmap', () => {
  it('loads the built-in roadmap with the sidecar beside it', () => {
    const result = loadRoadmap(BUILTIN_ROADMAP);
    expect(result.problems).toEqual([]);
    expect(result.roadmap?.id).toBe('fastapi');
    expect(result.roadmap?.topics).toHaveLength(56);
  });

  it('names a roadmap without a sidecar after its file', () => {
    const dir = path.join(tmp, 'no-sidecar');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'my-plan.v2.md'), EMPTY_ROADMAP);
    expect(loadRoadmap(path.join(dir, 'my-plan.v2.md')).roadmap?.id).toBe('my-plan.v2');
  });

  it('returns a one-line error, not problems, for a file it cannot read', () => {
    const missing = path.join(tmp, 'missing.md');
    expect(loadRoadmap(missing)).toEqual({ roadmap: null, problems: [], error: `${missing}: no such file` });
    const dir = path.join(tmp, 'folder');
    mkdirSync(dir);
    expect(loadRoadmap(dir)).toEqual({ roadmap: null, problems: [], error: `${dir}: not a file` });
  });

  it('returns a one-line error for a sidecar it cannot read', () => {
    const dir = path.join(tmp, 'bad-sidecar');
    mkdirSync(path.join(dir, 'sidecar.json'), { recursive: true });
    writeFileSync(path.join(dir, 'r.md'), EMPTY_ROADMAP);
    expect(loadRoadmap(path.join(dir, 'r.md'))).toEqual({
      roadmap: null,
      problems: [],
      error: `${path.join(dir, 'sidecar.json')}: not a file`,
    });
  });
});
