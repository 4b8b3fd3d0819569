import type { Roadmap, Topic } from './roadmap';
import { normaliseSearchText as normalise } from './search-text';

export type SearchHit = { topic: Topic; score: number; matchedIn: 'title' | 'section' | 'item' | 'tip' };

/**
 * Topics matching a query, best first: a title that starts with it, then a title word
 * that does, then a title containing it, then sub-points and tips. Every word of the
 * query must match somewhere; ties keep roadmap order.
 */
export function searchTopics(roadmap: Roadmap, query: string, limit = 12): SearchHit[] {
  const words = normalise(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const phrase = words.join(' ');
  const hits: SearchHit[] = [];
  roadmap.topics.forEach((topic, index) => {
    const title = normalise(topic.title);
    const section = normalise(roadmap.sections.find((s) => s.number === topic.sectionNumber)?.title ?? '');
    const items = normalise(topic.items.map((i) => i.text).join(' '));
    const tip = normalise(topic.tip ?? '');
    const all = `${title} ${section} ${items} ${tip}`;
    if (!words.every((w) => all.includes(w))) return;
    let score: number;
    let matchedIn: SearchHit['matchedIn'] = 'title';
    if (title.startsWith(phrase)) score = 100;
    else if (` ${title}`.includes(` ${phrase}`)) score = 80;
    else if (title.includes(phrase)) score = 70;
    else if (words.every((w) => title.includes(w))) score = 60;
    else if (words.every((w) => section.includes(w) || title.includes(w))) {
      score = 40;
      matchedIn = 'section';
    } else if (items.includes(phrase) || words.every((w) => items.includes(w) || title.includes(w))) {
      score = 30;
      matchedIn = 'item';
    } else {
      score = 20;
      matchedIn = 'tip';
    }
    // Shorter titles win among equals ("Logging" before "Logging errors with …").
    hits.push({ topic, score: score - Math.min(title.length, 60) / 100 - index / 100_000, matchedIn });
  });
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
