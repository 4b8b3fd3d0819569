import { describe, expect, it } from 'vitest';
import { parseSidecar } from './parse-sidecar';

const VALID = `{
  "roadmap": "demo",
  "topics": {
    "alpha": { "estimateHours": 2 },
    "beta": {
      "estimateHours": 1.5,
      "prerequisites": ["alpha"],
      "links": [{ "title": "Docs", "url": "https://example.org/docs" }]
    }
  }
}
`;

describe('parseSidecar', () => {
  it('reads a valid sidecar, leaving absent prerequisites out and defaulting links to an empty list', () => {
    const parsed = parseSidecar('s.json', VALID);
    expect(parsed.problems).toEqual([]);
    expect(parsed.sidecar).toEqual({
      roadmap: 'demo',
      topics: {
        // No prerequisites key: the Markdown's inline `after:` may hold them.
        alpha: { estimateHours: 2, links: [] },
        beta: {
          estimateHours: 1.5,
          prerequisites: ['alpha'],
          links: [{ title: 'Docs', url: 'https://example.org/docs' }],
        },
      },
    });
  });

  it('finds the line of a value by its JSON path, or of its nearest existing parent', () => {
    const { lineOf } = parseSidecar('s.json', VALID);
    expect(lineOf([])).toBe(1);
    expect(lineOf(['roadmap'])).toBe(2);
    expect(lineOf(['topics', 'alpha'])).toBe(4);
    expect(lineOf(['topics', 'beta', 'prerequisites', 0])).toBe(7);
    expect(lineOf(['topics', 'beta', 'links', 0, 'url'])).toBe(8);
    expect(lineOf(['topics', 'gamma', 'estimateHours'])).toBe(3);
  });

  it('accepts a byte-order mark and CRLF line endings', () => {
    const parsed = parseSidecar('s.json', `\uFEFF${VALID.replace(/\n/g, '\r\n')}`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.lineOf(['topics', 'beta', 'links'])).toBe(8);
  });

  describe('invalid JSON', () => {
    it('is reported with its line and column', () => {
      const parsed = parseSidecar('s.json', '{\n  "roadmap": "demo"\n  "topics": {}\n}\n');
      expect(parsed.sidecar).toBeNull();
      expect(parsed.problems).toEqual([
        { file: 's.json', line: 3, message: 'invalid JSON: comma expected at column 3' },
      ]);
    });

    it('includes a trailing comma and comments', () => {
      const trailing = parseSidecar('s.json', '{\n  "roadmap": "demo",\n  "topics": {},\n}\n');
      expect(trailing.problems.length).toBeGreaterThan(0);
      expect(trailing.problems.every((p) => p.file === 's.json' && p.line === 4)).toBe(true);
      const comment = parseSidecar('s.json', '{\n  // note\n  "roadmap": "demo", "topics": {}\n}\n');
      expect(comment.problems.map((p) => p.line)).toEqual([2]);
      expect(comment.problems[0]?.message).toMatch(/^invalid JSON: /);
    });

    it('includes an empty file', () => {
      expect(parseSidecar('s.json', '').problems).toEqual([
        { file: 's.json', line: 1, message: expect.stringMatching(/^invalid JSON: /) },
      ]);
    });
  });

  describe('duplicate keys', () => {
    it('are reported at the second key, naming the first, while the rest is still read', () => {
      const parsed = parseSidecar(
        's.json',
        `{
  "roadmap": "demo",
  "topics": {
    "alpha": { "estimateHours": 2 },
    "alpha": { "estimateHours": 3, "estimateHours": 4 }
  }
}
`,
      );
      expect(parsed.problems).toEqual([
        { file: 's.json', line: 5, message: 'topics: duplicate key "alpha" (also at line 4)' },
        { file: 's.json', line: 5, message: 'topics.alpha: duplicate key "estimateHours" (also at line 5)' },
      ]);
      expect(parsed.sidecar?.topics.alpha?.estimateHours).toBe(4);
    });

    it('are reported alongside schema errors', () => {
      const parsed = parseSidecar(
        's.json',
        '{\n  "roadmap": "demo",\n  "roadmap": "Demo",\n  "topics": {}\n}\n',
      );
      expect(parsed.sidecar).toBeNull();
      expect(parsed.problems.map((p) => `${p.line}: ${p.message.split(':')[0]}`)).toEqual([
        '3: file',
        '3: roadmap',
      ]);
    });
  });

  describe('schema errors', () => {
    it('name the path and the line of the offending value', () => {
      const parsed = parseSidecar(
        's.json',
        `{
  "roadmap": "demo",
  "topics": {
    "alpha": {
      "estimateHours": "two",
      "links": [
        { "title": "Insecure", "url": "http://example.org" }
      ]
    }
  }
}
`,
      );
      expect(parsed.sidecar).toBeNull();
      expect(parsed.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
        expect.stringMatching(/^s\.json:5: topics\.alpha\.estimateHours: .*expected number/),
        's.json:7: topics.alpha.links.0.url: links must be https URLs',
      ]);
    });

    it('point at an unknown key itself, not at its object', () => {
      const parsed = parseSidecar(
        's.json',
        `{
  "roadmap": "demo",
  "topics": {
    "alpha": {
      "estimateHours": 2,
      "prereqs": ["x"]
    }
  }
}
`,
      );
      expect(parsed.problems).toHaveLength(1);
      expect(parsed.problems[0]).toMatchObject({ file: 's.json', line: 6 });
      expect(parsed.problems[0]?.message).toMatch(/^topics\.alpha: .*"prereqs"/);
    });

    it('report a bad roadmap id and a missing topics object', () => {
      const parsed = parseSidecar('s.json', '{\n  "roadmap": "Not A Slug"\n}\n');
      expect(parsed.problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
        [2, 'roadmap'],
        [1, 'topics'],
      ]);
      expect(parsed.problems[0]?.message).toMatch(/a lowercase slug/);
    });

    it('report a file that is not an object as "file" at line 1', () => {
      const parsed = parseSidecar('s.json', '[1, 2]\n');
      expect(parsed.problems).toHaveLength(1);
      expect(parsed.problems[0]).toMatchObject({ file: 's.json', line: 1 });
      expect(parsed.problems[0]?.message).toMatch(/^file: /);
    });

    it('report every schema error at once', () => {
      const parsed = parseSidecar(
        's.json',
        `{
  "roadmap": "demo",
  "topics": {
    "a": { "estimateHours": "1" },
    "b": { "prerequisites": [""] },
    "c": { "links": [{ "title": "", "url": "https://example.org" }] }
  }
}
`,
      );
      expect(parsed.problems.map((p) => p.line)).toEqual([4, 5, 6]);
    });
  });
});
