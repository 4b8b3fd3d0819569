import type { TopicId } from './roadmap';

/** What the layout needs of a roadmap; plain data, so it can cross to a worker. */
export type LayoutInput = {
  sections: { number: number; topics: { id: TopicId; prerequisites: readonly TopicId[] }[] }[];
};

export type Box = { x: number; y: number; width: number; height: number };
export type TopicBox = Box & { id: TopicId; sectionNumber: number; layer: number };
export type SectionBox = Box & { number: number };

export type RoadmapLayout = {
  topics: TopicBox[];
  sections: SectionBox[];
  width: number;
  height: number;
};

export type LayoutOptions = {
  topicWidth: number;
  topicHeight: number;
  /** Room above a section's topics for its title. */
  sectionHeader: number;
  sectionPadding: number;
  /** Vertical room between two section boxes. */
  sectionGap: number;
  /** Horizontal gap between layers (section padding included). */
  layerGap: number;
  /** Vertical gap between topics of one section and layer. */
  topicGap: number;
};

export const defaultLayoutOptions: LayoutOptions = {
  topicWidth: 176,
  topicHeight: 52,
  sectionHeader: 24,
  sectionPadding: 8,
  sectionGap: 10,
  layerGap: 34,
  topicGap: 8,
};
