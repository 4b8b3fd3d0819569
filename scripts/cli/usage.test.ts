import { describe, expect, it } from 'vitest';
import { run } from './run-in-process';
import { runPlanner } from './run-planner';

describe('planner usage errors', () => {
  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['roadmap'], 'roadmap: only --json output exists; add --json'],
    [['roadmap', '--json', 'extra'], 'roadmap: unexpected argument "extra"'],
    [['roadmap', '--json', '--file'], '--file needs a value'],
    [['roadmap', '--json', '--file='], '--file needs a value'],
    [['roadmap', '--file', '--json'], '--file needs a value'],
    [['roadmap', '--json=false'], '--json takes no value'],
    [['validate'], 'validate: which file?'],
    [['validate', 'a.md', 'b.md'], 'validate: unexpected argument "b.md"'],
    // Commands are looked up by own key: Object's members are no commands.
    [['constructor', '--json'], 'unknown command "constructor"'],
    [['toString', '--file', 'x.md'], 'unknown command "toString"'],
    [['__proto__', '--plan', 'p.json'], 'unknown command "__proto__"'],
    [['hasOwnProperty', '--json'], 'unknown command "hasOwnProperty"'],
  ])('%j prints usage and exits 2', (argv, message) => {
    const { code, out, err } = run(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.startsWith(message)).toBe(true);
    expect(err).toContain('Usage: npm run -s planner -- <command>');
  });

  it.each([
    [['roadmap', '--json', '--verbose'], 'unknown option --verbose'],
    [['validate', 'x.md', '--strict'], 'unknown option --strict'],
    [['validate', 'x.md', '--plan', 'p.json'], 'unknown option --plan'],
    [['schedule', '--plan', 'p.json', '--json', '--x'], 'unknown option --x'],
    [['schedule', '--plan', 'p.json', '--json', '--out', 'x.ics'], 'unknown option --out'],
  ])('%j prints usage and exits 1 (an unknown option, §7)', (argv, message) => {
    const { code, out, err } = run(...argv);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.startsWith(`${message}\n`)).toBe(true);
    expect(err).toContain('Usage: npm run -s planner -- <command>');
  });

  it('prints usage to stderr and exits 2 without a command', () => {
    const { code, out, err } = run();
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('Usage:');
  });

  it.each(['help', '--help', '-h'])('%s prints usage and exits 0', (arg) => {
    const { code, out, err } = run(arg);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('Usage:');
    expect(out).toContain('roadmap --json');
    expect(out).toContain('validate <roadmap.md>');
  });

  it('ends anything unforeseen in one line and exit 1, never a stack trace', () => {
    let err = '';
    const code = runPlanner(['help'], {
      out: () => {
        throw new RangeError('Invalid string length\n    at JSON.stringify (<anonymous>)');
      },
      err: (text) => (err += text),
    });
    expect(code).toBe(1);
    expect(err).toBe(
      'planner: stopped by an unexpected error (RangeError: Invalid string length at JSON.stringify (<anonymous>))\n',
    );
  });
});
