import { inMessage } from './message-text';
import type { ParsedTopic } from './parse-markdown';
import { MAX_ESTIMATE_HOURS } from './plan';
import type { TopicId } from './roadmap';
import { fallbackSlug, titleSlug } from './slug';

/** `4 h`, `4h`, `1.5 hours`, `.5 h`: a number, then an optional hours unit. */
const HOURS = /^(\d+(?:\.\d+)?|\.\d+)\s*(?:h|hrs?|hours?)?$/i;

/**
 * The hours of an inline `estimate:` value, or why it is not a positive number of hours
 * (at most `MAX_ESTIMATE_HOURS`, as in a sidecar).
 */
export function readEstimate(value: string): { hours: number } | { problem: string } {
  const match = HOURS.exec(value.trim());
  const hours = match ? Number(match[1]) : Number.NaN;
  if (!match || !(hours > 0))
    return {
      problem: `estimate "${inMessage(value)}" is not a positive number of hours (write "estimate: 4 h" or "estimate: 1.5 h")`,
    };
  if (hours > MAX_ESTIMATE_HOURS)
    return { problem: `estimate ${hours} h is more than ${MAX_ESTIMATE_HOURS} hours` };
  return { hours };
}

/** The estimate of a topic with none written: 1 h per checklist item (the tip not counted), at least 1 h. */
export function defaultEstimate(topic: Pick<ParsedTopic, 'items'>): number {
  return Math.max(1, topic.items.length);
}

/**
 * A topic's id: its `{#id}` if it has one, else the slug of its title, else (a title with
 * no letters or digits) a stable fallback. `problem` says why an `{#id}` cannot be used.
 */
export function topicIdOf(topic: Pick<ParsedTopic, 'title' | 'idMark'>): { id: TopicId; problem?: string } {
  const fromTitle = titleSlug(topic.title) || fallbackSlug(topic.title);
  if (topic.idMark === null) return { id: fromTitle };
  const mark = topic.idMark.trim();
  if (mark !== '' && titleSlug(mark) === mark) return { id: mark };
  const like = titleSlug(mark) || fromTitle;
  return {
    id: fromTitle,
    problem: `the id {#${inMessage(mark)}} of topic "${inMessage(topic.title)}" is not an id: use lowercase letters, digits and single hyphens (like {#${inMessage(like)}})`,
  };
}

/** How `after:` names find topics: by id, by exact title, by a title written differently. */
export type TopicNames = {
  ids: ReadonlySet<TopicId>;
  byTitle: ReadonlyMap<string, TopicId>;
  byTitleSlug: ReadonlyMap<string, TopicId>;
};

/** The names of a roadmap's topics, for `resolveAfter`. The first topic with a title wins. */
export function topicNames(topics: readonly { id: TopicId; title: string }[]): TopicNames {
  const byTitle = new Map<string, TopicId>();
  const byTitleSlug = new Map<string, TopicId>();
  for (const topic of topics) {
    if (!byTitle.has(topic.title)) byTitle.set(topic.title, topic.id);
    const slug = titleSlug(topic.title);
    if (slug !== '' && !byTitleSlug.has(slug)) byTitleSlug.set(slug, topic.id);
  }
  return { ids: new Set(topics.map((t) => t.id)), byTitle, byTitleSlug };
}

/** A title with commas (`Path, Query, Header, Cookie Parameters`) is this many names at most. */
const MAX_PARTS_PER_NAME = 8;

/**
 * The topics an `after:` value names, comma-separated, each a title (any case or spacing)
 * or an id; a title with commas in it is found too. `unknown` holds the names matching none.
 */
export function resolveAfter(value: string, names: TopicNames): { ids: TopicId[]; unknown: string[] } {
  const parts = value.split(',').map((part) => part.trim());
  const ids: TopicId[] = [];
  const unknown: string[] = [];
  for (let start = 0; start < parts.length;) {
    let found: { id: TopicId; end: number } | null = null;
    // The longest run of parts that names a topic, so "A, B" is one title when one has it.
    const last = Math.min(parts.length, start + MAX_PARTS_PER_NAME);
    for (let end = last; end > start && found === null; end--) {
      const id = resolveName(parts.slice(start, end).join(', '), names);
      if (id !== null) found = { id, end };
    }
    if (found) {
      ids.push(found.id);
      start = found.end;
    } else {
      if (parts[start] !== '') unknown.push(parts[start]!);
      start++;
    }
  }
  return { ids: [...new Set(ids)], unknown };
}

function resolveName(name: string, names: TopicNames): TopicId | null {
  if (name === '') return null;
  if (names.ids.has(name)) return name;
  const exact = names.byTitle.get(name);
  if (exact !== undefined) return exact;
  const slug = titleSlug(name);
  if (slug === '') return null;
  return names.byTitleSlug.get(slug) ?? (names.ids.has(slug) ? slug : null);
}
