/** Figures for reading roadmap Markdown: a valid 5,000-topic roadmap, and the worst bomb's refusal. */
import { buildRoadmap } from '../renderer/src/domain';
import { syntheticRoadmap } from '../renderer/src/domain/synthetic-roadmap';
import { report, timeIt } from './bench-report';

/** Bombs that took seconds to minutes before the parse budget (issue 12), at their measured sizes. */
const BOMBS: Record<string, string> = {
  nested_lists_40k: `${'- '.repeat(20 * 1024)}x`,
  brackets_200k: `${'['.repeat(100 * 1024)}${']'.repeat(100 * 1024)}`,
  emphasis_200k: '*a **a '.repeat(Math.ceil((200 * 1024) / 7)),
  link_openers_200k: '[a]('.repeat(50 * 1024),
  nested_quotes_200k: `${'> '.repeat(100 * 1024)}x`,
  sub_points_1_mb: `# T\n\n## 0. A\n\n- **T**\n${'  - x\n'.repeat(170_000)}`,
};

/** `validate_5000_ms` (build a 5,000-topic roadmap) and `markdown_bomb_ms` (the slowest refusal). */
export function markdownFigures(): void {
  const { markdown, sidecar } = syntheticRoadmap(5000);
  const source = {
    markdown: { file: 'synthetic-5000.md', text: markdown },
    sidecar: { file: 'synthetic-5000.json', text: sidecar },
  };
  if (!buildRoadmap(source).roadmap) throw new Error('the 5,000-topic synthetic roadmap does not build');
  report({
    name: 'validate_5000_ms',
    value: timeIt(3, () => buildRoadmap(source)),
    unit: 'ms',
    goal: '< 10000',
  });
  let worst = 0;
  for (const [name, text] of Object.entries(BOMBS)) {
    const bomb = { markdown: { file: `${name}.md`, text } };
    if (buildRoadmap(bomb).roadmap !== null || buildRoadmap(bomb).problems.length === 0)
      throw new Error(`the ${name} bomb was not refused`);
    worst = Math.max(
      worst,
      timeIt(3, () => buildRoadmap(bomb)),
    );
  }
  report({ name: 'markdown_bomb_ms', value: worst, unit: 'ms', goal: '< 1000' });
}
