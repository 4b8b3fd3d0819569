import { formatProblem } from '../domain';
import type { Problem } from '../domain';

/** Why a roadmap could not be opened, one problem per line with file and line. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <section className="problems" role="alert" aria-labelledby="problems-title">
      <h2 id="problems-title">This roadmap could not be opened</h2>
      <p>Fix these problems in its files and open it again:</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
