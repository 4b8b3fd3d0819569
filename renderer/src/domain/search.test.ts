import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import { searchTopics } from './search';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const built = buildRoadmap({
  markdown: { file: 'roadmap.md', text: read('content/fastapi/roadmap.md') },
  sidecar: { file: 'sidecar.json', text: read('content/fastapi/sidecar.json') },
});
if (!built.roadmap) throw new Error('the FastAPI roadmap does not build');
const roadmap = built.roadmap;
const titles = (query: string) => searchTopics(roadmap, query).map((hit) => hit.topic.title);

describe('searchTopics', () => {
  it('puts a title that starts with the query first', () => {
    expect(titles('jwt')[0]).toBe('JWT & Token Management');
    expect(titles('logging')[0]).toBe('Logging');
  });

  it('prefers a title word over a match inside sub-points', () => {
    const hits = searchTopics(roadmap, 'caching');
    expect(hits[0]?.topic.title).toBe('Caching');
    expect(hits[0]?.matchedIn).toBe('title');
    expect(
      hits.slice(1).every((hit) => hit.matchedIn !== 'title' || hit.topic.title.includes('Caching')),
    ).toBe(true);
  });

  it('finds topics by what their sub-points and tips say', () => {
    const hits = searchTopics(roadmap, 'OAuth2PasswordBearer');
    expect(hits.map((hit) => hit.topic.id)).toContain('oauth2-with-password-flow');
  });

  it('needs every word of the query, in any order and case', () => {
    expect(titles('token jwt')).toContain('JWT & Token Management');
    expect(titles('JWT   TOKEN')[0]).toBe('JWT & Token Management');
    expect(titles('jwt kubernetes')).toEqual([]);
  });

  it('ignores punctuation and accents', () => {
    expect(titles('web & http')[0]).toBe('Web & HTTP Basics');
    expect(titles('wéb')[0]).toBe('Web & HTTP Basics');
  });

  it('returns nothing for an empty query and at most `limit` hits', () => {
    expect(searchTopics(roadmap, '   ')).toEqual([]);
    expect(searchTopics(roadmap, 'a', 5)).toHaveLength(5);
  });
});
