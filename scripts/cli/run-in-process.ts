import { runPlanner } from './run-planner';

/** Runs one command line in this process; its exit code and what it printed. */
export function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runPlanner(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}
