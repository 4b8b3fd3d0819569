import type { Problem } from './roadmap';

/** `<file>:<line>: <message>`, the form editors and terminals link to. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}
