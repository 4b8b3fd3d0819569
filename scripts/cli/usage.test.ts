import { describe, expect, it } from 'vitest';
import { run } from './run-in-process';

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
});
