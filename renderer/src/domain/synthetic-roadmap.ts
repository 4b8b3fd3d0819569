import { mulberry32 } from './seeded-random';
import type { Sidecar } from './sidecar-schema';
import { slugify } from './slug';

export type SyntheticSource = { markdown: string; sidecar: string };

/**
 * A deterministic roadmap of `topicCount` topics in the FastAPI roadmap's Markdown shape,
 * for benchmarks and scale tests: sections of ten topics, three phases, one to three
 * prerequisites per topic drawn from the sections just before it.
 */
export function syntheticRoadmap(topicCount: number, seed = 1): SyntheticSource {
  const random = mulberry32(seed);
  const perSection = 10;
  const sectionCount = Math.max(1, Math.ceil(topicCount / perSection));
  const lines: string[] = [`# Synthetic Roadmap (${topicCount} topics)`, ''];
  const sidecar: Sidecar = { roadmap: `synthetic-${topicCount}`, topics: {} };
  const sectionTopics: string[][] = [];
  let made = 0;
  for (let s = 0; s < sectionCount; s++) {
    lines.push(`## ${s}. Section ${s + 1}`, '');
    const ids: string[] = [];
    const count = Math.min(perSection, topicCount - made);
    for (let t = 0; t < count; t++) {
      const title = `Topic ${s + 1}.${t + 1} ${WORDS[(s * 7 + t * 3) % WORDS.length]}`;
      const id = slugify(title);
      lines.push(`- **${title}**`);
      lines.push(`  - First point of ${title}`, `  - Second point with \`code\``);
      lines.push(`  - **Important:** Why ${title} matters.`, '');
      // Sections come in levels of about five that can be learned side by side; a topic
      // needs topics of the level or two before its own, as in real roadmaps, so chains
      // (and the drawing's width) grow with the levels, not with every section.
      const level = Math.floor(s / SECTIONS_PER_LEVEL);
      const pool = sectionTopics
        .slice(Math.max(0, (level - 2) * SECTIONS_PER_LEVEL), level * SECTIONS_PER_LEVEL)
        .flat();
      const prerequisites: string[] = [];
      const wanted = level === 0 ? 0 : 1 + Math.floor(random() * 3);
      for (let k = 0; k < wanted && pool.length > 0; k++) {
        const pick = pool[Math.floor(random() * pool.length)]!;
        if (!prerequisites.includes(pick)) prerequisites.push(pick);
      }
      sidecar.topics[id] = { estimateHours: 1 + Math.floor(random() * 8), prerequisites, links: [] };
      ids.push(id);
      made++;
    }
    sectionTopics.push(ids);
  }
  const third = Math.max(1, Math.ceil(sectionCount / 3));
  lines.push('## Phases for Study', '');
  for (let p = 0; p < 3; p++) {
    const from = p * third;
    const to = Math.min(sectionCount - 1, (p + 1) * third - 1);
    if (from > to) break;
    lines.push(`- **Phase ${p + 1} (Stage ${p + 1})**: Sections ${from}–${to}`);
  }
  lines.push('');
  return { markdown: lines.join('\n'), sidecar: `${JSON.stringify(sidecar, null, 2)}\n` };
}

const SECTIONS_PER_LEVEL = 5;
const WORDS = [
  'Basics',
  'Patterns',
  'Design',
  'Testing',
  'Security',
  'Scaling',
  'Storage',
  'Tooling',
  'Deployment',
  'Review',
  'Practice',
];
