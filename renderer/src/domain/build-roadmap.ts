import { edgesOf, findCycles } from './graph';
import { findHiddenCharacters, withoutHiddenCharacters } from './hidden-characters';
import { formatCount } from './format-count';
import { inMessage } from './message-text';
import { defaultEstimate, readEstimate, resolveAfter, topicIdOf, topicNames } from './inline-metadata';
import { checkMarkdownBudget, MARKDOWN_LIMITS } from './markdown-budget';
import { parseRoadmapMarkdown } from './parse-markdown';
import type { ParsedItem, ParsedMarkdown, ParsedMeta } from './parse-markdown';
import { parseSidecar } from './parse-sidecar';
import type { ChecklistItem, Phase, Problem, Roadmap, Section, Topic, TopicId } from './roadmap';
import { titleSlug } from './slug';

export type SourceFile = { file: string; text: string };

export type RoadmapSource = {
  markdown: SourceFile;
  /**
   * Prerequisites, estimates and links per topic, winning over the Markdown's inline
   * `estimate:` and `after:` field by field; without it, what the Markdown does not say
   * defaults (1 h per checklist item, at least 1 h; no prerequisites).
   */
  sidecar?: SourceFile | undefined;
  /** Used when there is no sidecar to name the roadmap. */
  fallbackId?: string;
  /**
   * The Markdown already parsed (in parallel parts, for large files); else it is checked
   * against the parse budget and parsed here. Whoever parsed it checked the budget first.
   */
  parsedMarkdown?: ParsedMarkdown;
};

export type BuildResult =
  { roadmap: Roadmap; problems: readonly [] } | { roadmap: null; problems: readonly Problem[] };

/**
 * Builds a validated `Roadmap` from its Markdown and optional sidecar. Reports every problem at
 * once, each with file and line, instead of stopping at the first — except Markdown over
 * the parse budget (`checkMarkdownBudget`), which is refused before it is parsed.
 */
export function buildRoadmap(source: RoadmapSource): BuildResult {
  const mdFile = source.markdown.file;
  if (!source.parsedMarkdown) {
    const overBudget = checkMarkdownBudget(mdFile, source.markdown.text);
    if (overBudget.length > 0) return { roadmap: null, problems: overBudget };
  }
  const md = source.parsedMarkdown ?? parseRoadmapMarkdown(mdFile, source.markdown.text);
  // The budget counts topics cheaply before parsing; this counts what was parsed.
  const extra = md.sections.flatMap((section) => section.topics)[MARKDOWN_LIMITS.topics];
  if (extra) {
    const limit = formatCount(MARKDOWN_LIMITS.topics);
    const message = `the roadmap has more than ${limit} topics (the limit is ${limit})`;
    return { roadmap: null, problems: [{ file: mdFile, line: extra.line, message }] };
  }
  const problems: Problem[] = [...md.problems];
  const at = (line: number, message: string) => problems.push({ file: mdFile, line, message });
  // Hidden characters would reach the graph, the calendar and the .ics unseen.
  const hidden = (line: number, what: string, text: string) => {
    const found = hiddenMessage(what, text);
    if (found) at(line, found);
  };

  const phaseOfSection = checkPhases(md, at);
  hidden(md.titleLine, "the roadmap's title", md.title);
  for (const phase of md.phases?.list ?? [])
    hidden(phase.line, `the title of phase ${phase.number}`, phase.title);

  const sidecar = source.sidecar ? parseSidecar(source.sidecar.file, source.sidecar.text) : null;
  if (sidecar) problems.push(...sidecar.problems);
  const sidecarFile = source.sidecar?.file ?? '';
  const atSidecar = (path: (string | number)[], message: string) =>
    problems.push({ file: sidecarFile, line: sidecar?.lineOf(path) ?? 1, message });
  const sidecarTopics = sidecar?.sidecar?.topics;

  const seenIds = new Map<TopicId, number>();
  // Inline `after:` lines, resolved once every topic's title and id are known.
  const afterLines = new Map<TopicId, ParsedMeta[]>();
  // Where each prerequisite written inline was written, to point problems at that line.
  const inlineLine = new Map<TopicId, Map<TopicId, number>>();
  const sections: Section[] = [];
  const topics: Topic[] = [];
  const seenSections = new Map<number, number>();
  for (const parsed of md.sections) {
    const earlier = seenSections.get(parsed.number);
    if (earlier !== undefined)
      at(parsed.line, `section ${parsed.number} is numbered twice (also at line ${earlier})`);
    seenSections.set(parsed.number, parsed.line);
    const phaseNumber = phaseOfSection.get(parsed.number) ?? 0;
    hidden(parsed.line, `the title of section ${parsed.number}`, parsed.title);
    const section: Section = {
      number: parsed.number,
      title: parsed.title,
      phaseNumber,
      topics: [],
      line: parsed.line,
    };
    for (const pt of parsed.topics) {
      const name = `topic "${withoutHiddenCharacters(pt.title)}"`;
      hidden(pt.line, `the title of ${name}`, pt.title);
      for (const item of pt.items) hidden(item.line, `a sub-point of ${name}`, item.text);
      if (pt.tip) hidden(pt.tip.line, `the tip of ${name}`, pt.tip.text);
      if (pt.idMark !== null) hidden(pt.line, `the {#id} of ${name}`, pt.idMark);
      for (const meta of pt.meta) hidden(meta.line, `the "${meta.key}:" of ${name}`, meta.value);
      const { id, problem: badId } = topicIdOf(pt);
      if (badId) at(pt.line, badId);
      const dup = seenIds.get(id);
      if (dup !== undefined) {
        const fix =
          pt.idMark === null
            ? 'topic titles must differ in letters or digits'
            : 'give each topic its own {#id}';
        at(pt.line, `duplicate topic id "${id}" (also at line ${dup}); ${fix}`);
        continue;
      }
      seenIds.set(id, pt.line);
      const extra = sidecarTopics?.[id];
      const estimate = extra?.estimateHours;
      const inlineHours = inlineEstimate(id, pt.meta, at);
      if (estimate !== undefined) {
        if (!(Number.isFinite(estimate) && estimate > 0))
          atSidecar(
            ['topics', id, 'estimateHours'],
            Number.isFinite(estimate)
              ? `topic "${id}" has a non-positive estimate (${estimate}); estimates are hours > 0`
              : `topic "${id}" has an estimate too large to be a number of hours`,
          );
      } else if (pt.meta.some((meta) => meta.key === 'estimate')) {
        // The inline estimate holds (or its problem was told).
      } else if (sidecarTopics && !extra)
        atSidecar(['topics'], `topic "${id}" (${mdFile}:${pt.line}) is missing: it needs an estimate`);
      else if (extra) atSidecar(['topics', id], `topic "${id}" has no estimateHours`);
      const after = pt.meta.filter((meta) => meta.key === 'after');
      if (extra?.prerequisites === undefined && after.length > 0) afterLines.set(id, after);
      const topic: Topic = {
        id,
        title: pt.title,
        sectionNumber: parsed.number,
        phaseNumber,
        items: checklist(pt.items),
        tip: pt.tip?.text ?? null,
        tipSpans: pt.tip?.spans ?? [],
        estimateHours: estimate ?? inlineHours ?? (sidecar === null ? defaultEstimate(pt) : 0),
        prerequisites: [...new Set(extra?.prerequisites ?? [])],
        links: extra?.links ?? [],
        line: pt.line,
      };
      section.topics.push(topic);
      topics.push(topic);
    }
    sections.push(section);
  }

  for (const topic of topics)
    topic.links.forEach((link, index) => {
      for (const key of ['title', 'url'] as const) {
        const found = hiddenMessage(`the link ${key} of topic "${topic.id}"`, link[key]);
        if (found) atSidecar(['topics', topic.id, 'links', index, key], found);
      }
    });

  const topicsById = new Map(topics.map((t) => [t.id, t]));
  const names = topicNames(topics);
  for (const [id, lines] of afterLines) {
    const written = new Map<TopicId, number>();
    for (const meta of lines) {
      const { ids, unknown } = resolveAfter(meta.value, names);
      for (const pre of ids) if (!written.has(pre)) written.set(pre, meta.line);
      for (const name of unknown)
        at(meta.line, `topic "${id}" is after "${inMessage(name)}", which is no topic's title or id`);
    }
    topicsById.get(id)!.prerequisites = [...written.keys()];
    inlineLine.set(id, written);
  }
  // A prerequisite's problem is told where it was written: the Markdown's `after:` or the sidecar.
  const atPrerequisite = (topic: TopicId, pre: TopicId, index: number, message: string) => {
    const line = inlineLine.get(topic)?.get(pre);
    if (line !== undefined) at(line, message);
    else
      atSidecar(
        ['topics', topic, 'prerequisites', sidecarIndex(sidecarTopics?.[topic]?.prerequisites, pre, index)],
        message,
      );
  };
  if (sidecarTopics) {
    for (const id of Object.keys(sidecarTopics)) {
      if (!topicsById.has(id))
        atSidecar(['topics', id], `unknown topic "${id}": no topic in ${mdFile} has this id`);
    }
  }

  for (const topic of topics) {
    topic.prerequisites.forEach((pre, index) => {
      const target = topicsById.get(pre);
      if (!target)
        atPrerequisite(topic.id, pre, index, `topic "${topic.id}" has an unknown prerequisite "${pre}"`);
      else if (target.phaseNumber > topic.phaseNumber && topic.phaseNumber > 0)
        atPrerequisite(
          topic.id,
          pre,
          index,
          `topic "${topic.id}" (phase ${topic.phaseNumber}) needs "${pre}" from a later phase (${target.phaseNumber})`,
        );
    });
  }

  const needs = new Map(topics.map((t) => [t.id, t.prerequisites.filter((p) => topicsById.has(p))]));
  for (const cycle of findCycles([...topicsById.keys()], needs)) {
    const [first, second] = cycle;
    atPrerequisite(first!, second!, 0, `prerequisite cycle: ${cycle.join(' needs ')}`);
  }

  if (topics.length === 0 && md.sections.length > 0)
    at(
      md.sections[0]!.line,
      'the roadmap has no topics: write each topic as a list item with a bold title ("- **Topic**") under its section',
    );

  if (problems.length > 0) return { roadmap: null, problems: sortProblems(problems) };

  const phases: Phase[] = (md.phases?.list ?? []).map((p) => ({ ...p }));
  const id = sidecar?.sidecar?.roadmap ?? source.fallbackId ?? (titleSlug(md.title) || 'roadmap');
  return {
    roadmap: { id, title: md.title, phases, sections, topics, topicsById, edges: edgesOf(topics) },
    problems: [],
  };
}

/** Checks the phases list covers every section exactly once; returns section → phase. */
function checkPhases(md: ParsedMarkdown, at: (line: number, message: string) => void): Map<number, number> {
  const phaseOf = new Map<number, number>();
  if (md.phases === null) {
    at(md.sections[0]?.line ?? 1, 'no "## Phases" list: every section must belong to a study phase');
    return phaseOf;
  }
  if (md.phases.list.length === 0) at(md.phases.line, 'the phases list is empty');
  const known = new Set(md.sections.map((s) => s.number));
  const seenPhases = new Set<number>();
  md.phases.list.forEach((phase, index) => {
    // Phases are studied in order, so they must be numbered 1, 2, 3 … as listed.
    if (seenPhases.has(phase.number)) at(phase.line, `phase ${phase.number} is listed twice`);
    else if (phase.number !== index + 1)
      at(
        phase.line,
        `phase ${phase.number} is listed in place ${index + 1}: number phases 1, 2, 3 … in order`,
      );
    seenPhases.add(phase.number);
    for (const section of phase.sections) {
      const earlier = phaseOf.get(section);
      if (earlier !== undefined)
        at(phase.line, `section ${section} is named twice: in phase ${earlier} and in phase ${phase.number}`);
      else if (!known.has(section))
        at(phase.line, `phase ${phase.number} names section ${section}, which does not exist`);
      else phaseOf.set(section, phase.number);
    }
  });
  for (const section of md.sections) {
    if (!phaseOf.has(section.number) && md.phases.list.length > 0)
      at(md.phases.line, `the phases list leaves out section ${section.number} ("${section.title}")`);
  }
  return phaseOf;
}

/** The hours of a topic's inline `estimate:`, telling any problem with it. */
function inlineEstimate(
  id: TopicId,
  meta: readonly ParsedMeta[],
  at: (line: number, message: string) => void,
): number | undefined {
  const [first, ...more] = meta.filter((m) => m.key === 'estimate');
  if (!first) return undefined;
  for (const again of more)
    at(again.line, `topic "${id}" has a second estimate (the first is at line ${first.line})`);
  const read = readEstimate(first.value);
  if ('problem' in read) {
    at(first.line, `topic "${id}": ${read.problem}`);
    return undefined;
  }
  return read.hours;
}

function checklist(items: readonly ParsedItem[]): ChecklistItem[] {
  const used = new Map<string, number>();
  return items.map((item) => {
    const base = titleSlug(item.text) || 'item';
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return {
      id: count === 1 ? base : `${base}-${count}`,
      text: item.text,
      spans: item.spans,
      line: item.line,
    };
  });
}

/** Index of a prerequisite in the raw sidecar array (duplicates were merged before). */
function sidecarIndex(raw: readonly string[] | undefined, pre: string, fallback: number): number {
  const index = raw?.indexOf(pre) ?? -1;
  return index >= 0 ? index : fallback;
}

const HIDDEN_NAMES: Record<string, string> = {
  'U+202A': 'left-to-right embedding',
  'U+202B': 'right-to-left embedding',
  'U+202C': 'pop directional formatting',
  'U+202D': 'left-to-right override',
  'U+202E': 'right-to-left override',
  'U+2066': 'left-to-right isolate',
  'U+2067': 'right-to-left isolate',
  'U+2068': 'first strong isolate',
  'U+2069': 'pop directional isolate',
  'U+200B': 'zero-width space',
  'U+2060': 'word joiner',
  'U+FEFF': 'zero-width no-break space',
};

/** "the title of topic "X" contains a hidden character U+202E (…); remove it", or null. */
function hiddenMessage(what: string, text: string): string | null {
  const codes = [...new Set(findHiddenCharacters(text).map((h) => h.codePoint))];
  if (codes.length === 0) return null;
  const named = codes.map((code) => `${code} (${HIDDEN_NAMES[code] ?? 'invisible'})`).join(', ');
  return `${what} contains ${codes.length === 1 ? 'a hidden character' : 'hidden characters'} ${named}; remove ${codes.length === 1 ? 'it' : 'them'}`;
}

/** Problems file by file (in the order files were read), then by line. */
function sortProblems(problems: Problem[]): Problem[] {
  const fileOrder = new Map<string, number>();
  for (const p of problems) if (!fileOrder.has(p.file)) fileOrder.set(p.file, fileOrder.size);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => fileOrder.get(a.p.file)! - fileOrder.get(b.p.file)! || a.p.line - b.p.line || a.i - b.i)
    .map(({ p }) => p);
}
