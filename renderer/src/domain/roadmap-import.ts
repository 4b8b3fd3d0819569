import type { Roadmap, TopicId } from './roadmap';
import type { RoadmapData } from './roadmap-data';
import { titleSlug } from './slug';

/** What the import dialog shows of a roadmap before it is stored. */
export type ImportPreview = {
  title: string;
  sections: number;
  topics: number;
  /** The topics' estimates summed. */
  hours: number;
  /** Each phase's title, in order. */
  phases: string[];
};

/** The figures the import preview shows. */
export function importPreview(roadmap: Roadmap): ImportPreview {
  return {
    title: roadmap.title,
    sections: roadmap.sections.length,
    topics: roadmap.topics.length,
    hours: roadmap.topics.reduce((sum, topic) => sum + topic.estimateHours, 0),
    phases: roadmap.phases.map((phase) => phase.title),
  };
}

/**
 * An id for a newly imported roadmap: its title's slug (`roadmap` when the title has no
 * letters or digits), with `-2`, `-3` … when another roadmap has it.
 */
export function freeRoadmapId(title: string, taken: ReadonlySet<string>): string {
  const base = titleSlug(title) || 'roadmap';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

type TopicName = { id: TopicId; title: string };

/** What importing a roadmap's new file changes: topics new, topics gone and topics kept. */
export type ReimportChanges = { kept: number; added: TopicName[]; vanished: TopicName[] };

/**
 * The topics a new file of an imported roadmap adds and drops. Topics are matched by id, so
 * one renamed with its `{#id}` kept is the same topic and keeps its progress; a vanished
 * topic's progress stays stored and counts again if it comes back.
 */
export function reimportChanges(before: RoadmapData, after: Roadmap): ReimportChanges {
  const old = before.sections.flatMap((section) => section.topics);
  const oldIds = new Set(old.map((topic) => topic.id));
  const added = after.topics.filter((topic) => !oldIds.has(topic.id));
  const vanished = old.filter((topic) => !after.topicsById.has(topic.id));
  const name = ({ id, title }: TopicName) => ({ id, title });
  return { kept: after.topics.length - added.length, added: added.map(name), vanished: vanished.map(name) };
}

/**
 * The format a file name says a roadmap is in (`markdown` for .md and .markdown, `canvas` for
 * .canvas), or null for any other file.
 */
export function roadmapFormatOf(fileName: string): 'markdown' | 'canvas' | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.md') || name.endsWith('.markdown')) return 'markdown';
  if (name.endsWith('.canvas')) return 'canvas';
  return null;
}
