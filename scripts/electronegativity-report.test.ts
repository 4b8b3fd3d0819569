import { describe, expect, it } from 'vitest';
import { parseCsv, readFindings, unexplainedFindings } from './electronegativity-report';

const REPORT = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CSP_GLOBAL_CHECK,"LOW","TENTATIVE","main/csp.ts","54:2","a\nmulti-line, ""quoted"" sample","Failed to parse CSP",https://x',
  'SANDBOX_JS_CHECK,"MEDIUM","FIRM","main/index.ts","4:14","const win = new BrowserWindow(","Use sandbox",https://y',
  'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/index.ts","7:6","shell.openExternal(url)","Review openExternal",https://z',
  '',
].join('\n');

describe('electronegativity reports', () => {
  it('reads quoted fields with commas, quotes and newlines', () => {
    expect(parseCsv('a,"b, ""c""\nd",e\nf,g,h\n')).toEqual([
      ['a', 'b, "c"\nd', 'e'],
      ['f', 'g', 'h'],
    ]);
  });

  it('reads each finding with its check, severity, file and line', () => {
    expect(readFindings(REPORT).map((f) => [f.check, f.severity, f.file, f.line])).toEqual([
      ['CSP_GLOBAL_CHECK', 'LOW', 'main/csp.ts', 54],
      ['SANDBOX_JS_CHECK', 'MEDIUM', 'main/index.ts', 4],
      ['OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/index.ts', 7],
    ]);
  });

  it('lets a finding above LOW pass only when a comment at its line names its check', () => {
    const source = [
      'function createWindow() {',
      '  // electronegativity: CONTEXT_ISOLATION_JS_CHECK,',
      '  // SANDBOX_JS_CHECK — window-options.ts sets sandbox: true (unit-tested)',
      '  const win = new BrowserWindow(',
      '  // electronegativity: SANDBOX_JS_CHECK — not this one',
      '  const url = next();',
      '  shell.openExternal(url)',
    ];
    const unexplained = unexplainedFindings(readFindings(REPORT), (file) =>
      file === 'main/index.ts' ? source : null,
    );
    expect(unexplained.map((f) => f.check)).toEqual(['OPEN_EXTERNAL_JS_CHECK']);
    // A file that cannot be read cannot hold an explanation.
    expect(unexplainedFindings(readFindings(REPORT), () => null).map((f) => f.check)).toEqual([
      'SANDBOX_JS_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
    ]);
  });
});
