import { formatHours } from './hours';
import type { DocLink, Roadmap, TopicId } from './roadmap';

/** The command line's `roadmap --json` shape; a contract, so only ever add fields. */
export type RoadmapJson = {
  id: string;
  title: string;
  phases: { number: number; title: string; sections: number[] }[];
  sections: {
    number: number;
    title: string;
    topics: {
      id: TopicId;
      title: string;
      items: string[];
      tip: string | null;
      estimateHours: number;
      prerequisites: TopicId[];
      links: DocLink[];
    }[];
  }[];
};

/** Plain-data view of a roadmap for the command line. */
export function toRoadmapJson(roadmap: Roadmap): RoadmapJson {
  return {
    id: roadmap.id,
    title: roadmap.title,
    phases: roadmap.phases.map((p) => ({ number: p.number, title: p.title, sections: [...p.sections] })),
    sections: roadmap.sections.map((s) => ({
      number: s.number,
      title: s.title,
      topics: s.topics.map((t) => ({
        id: t.id,
        title: t.title,
        items: t.items.map((i) => i.text),
        tip: t.tip,
        estimateHours: t.estimateHours,
        prerequisites: [...t.prerequisites],
        links: t.links.map((l) => ({ title: l.title, url: l.url })),
      })),
    })),
  };
}

/** One-line summary of a valid roadmap, as `validate` prints it. */
export function summariseRoadmap(roadmap: Roadmap): string {
  const hours = roadmap.topics.reduce((sum, t) => sum + t.estimateHours, 0);
  const counts = [
    [roadmap.sections.length, 'section'],
    [roadmap.topics.length, 'topic'],
    [roadmap.phases.length, 'phase'],
    [roadmap.edges.length, 'prerequisite'],
  ] as const;
  const listed = counts.map(([n, noun]) => `${n} ${noun}${n === 1 ? '' : 's'}`).join(', ');
  return `${roadmap.title}: valid — ${listed}, ${formatHours(hours)} estimated`;
}
