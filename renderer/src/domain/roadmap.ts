/** Stable slug of a topic title; keys all stored state for the topic. */
export type TopicId = string;

export type { TopicStatus } from './topic-status';

/** A run of inline text, so the UI can show `code` without re-parsing Markdown. */
export type InlineSpan = { text: string; code?: true };

export type ChecklistItem = {
  /** Slug of the item's text, unique within its topic. */
  id: string;
  /** Plain text, Markdown marks removed. */
  text: string;
  spans: InlineSpan[];
  line: number;
};

export type DocLink = { title: string; url: string };

export type Topic = {
  id: TopicId;
  title: string;
  sectionNumber: number;
  phaseNumber: number;
  items: ChecklistItem[];
  tip: string | null;
  tipSpans: InlineSpan[];
  estimateHours: number;
  prerequisites: TopicId[];
  links: DocLink[];
  line: number;
};

export type Section = {
  number: number;
  title: string;
  phaseNumber: number;
  topics: Topic[];
  line: number;
};

export type Phase = {
  number: number;
  title: string;
  sections: number[];
  line: number;
};

/** Edge `from → to`: `from` should be learned before `to`. */
export type Prerequisite = { from: TopicId; to: TopicId };

/** The whole content of one roadmap; immutable once built. */
export type Roadmap = {
  id: string;
  title: string;
  phases: Phase[];
  sections: Section[];
  /** Every topic in roadmap order (section by section). */
  topics: Topic[];
  topicsById: ReadonlyMap<TopicId, Topic>;
  edges: Prerequisite[];
};

/** A problem found in a roadmap source, with where it is. */
export type Problem = { file: string; line: number; message: string };
