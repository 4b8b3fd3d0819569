import type { TopicId } from './roadmap';

/** What the layout needs of a roadmap; plain data, so it can cross to a worker. */
export type LayoutInput = {
  sections: {
    number: number;
    /** Titles set the boxes' heights (they wrap); without them a box gets the fewest lines. */
    title?: string;
    topics: { id: TopicId; prerequisites: readonly TopicId[]; title?: string }[];
  }[];
};

export type Box = { x: number; y: number; width: number; height: number };
/** A topic's box; `column` counts the drawing's columns of topics from the left. */
export type TopicBox = Box & { id: TopicId; sectionNumber: number; column: number };
/** A section's box; `header` is the room its wrapped title takes above its topics. */
export type SectionBox = Box & { number: number; header: number };
export type RoadmapLayout = {
  topics: TopicBox[];
  sections: SectionBox[];
  width: number;
  height: number;
  /** Horizontal room between two columns of topics, where arrows run. */
  columnGap: number;
  /** Vertical room between two sections of one column, where arrows cross. */
  sectionGap: number;
  /** The smaller type size of topic and section titles, in px at zoom 1: how large the
   * smallest title shows at a zoom. */
  titleFont: number;
};

export type LayoutOptions = {
  topicWidth: number;
  /** Title type of a topic and of a section header, in px at zoom 1. */
  titleFont: number;
  titleLineHeight: number;
  sectionFont: number;
  sectionLineHeight: number;
  /** A topic title wraps to at most this many lines, and takes at least `minTitleLines`. */
  maxTitleLines: number;
  minTitleLines: number;
  /** Room in a topic box beside its title (borders, padding, state icon) and above and below it. */
  topicInsetX: number;
  topicInsetY: number;
  /** Room in a section header beside its title (padding, number badge). */
  sectionInsetX: number;
  /** Room in a section header above and below its title. */
  sectionInsetY: number;
  sectionPadding: number;
  sectionGap: number;
  columnGap: number;
  /** Vertical gap between two topics of one section. */
  topicGap: number;
  /** A section with more topics than this splits them over several columns. */
  maxColumnTopics: number;
  /** Width over height of the room the drawing should fill. */
  aspect: number;
};

export const defaultLayoutOptions: LayoutOptions = {
  topicWidth: 206,
  titleFont: 14,
  titleLineHeight: 16,
  sectionFont: 14,
  sectionLineHeight: 16,
  maxTitleLines: 3,
  minTitleLines: 1,
  topicInsetX: 42,
  topicInsetY: 12,
  sectionInsetX: 55,
  sectionInsetY: 10,
  sectionPadding: 8,
  sectionGap: 16,
  columnGap: 44,
  topicGap: 8,
  maxColumnTopics: 12,
  // The graph's part of a 1440 × 900 window.
  aspect: 1.47,
};
