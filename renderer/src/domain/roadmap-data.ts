import type { Roadmap } from './roadmap';

/** A roadmap as plain JSON data: what build steps and caches store. */
export type RoadmapData = Omit<Roadmap, 'topics' | 'topicsById'>;

/** Drops the derived indexes of a roadmap, keeping what `reviveRoadmap` needs. */
export function toRoadmapData(roadmap: Roadmap): RoadmapData {
  return {
    id: roadmap.id,
    title: roadmap.title,
    phases: roadmap.phases,
    sections: roadmap.sections,
    edges: roadmap.edges,
  };
}

/** Rebuilds a roadmap's topic list and index from its plain data. */
export function reviveRoadmap(data: RoadmapData): Roadmap {
  const topics = data.sections.flatMap((section) => section.topics);
  return { ...data, topics, topicsById: new Map(topics.map((topic) => [topic.id, topic])) };
}
