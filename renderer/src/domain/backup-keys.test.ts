import { describe, expect, it } from 'vitest';
import { AT, parse, refused, sampleWith } from './backup-fixtures';

// Keys and ids that are Object.prototype's names, in a backup (issue 12): never dropped in
// silence, never a crash.

const settingsWith = (field: string, json: string) =>
  sampleWith((file) => {
    const settings = file.data.plans![0]!.settings as Record<string, unknown>;
    settings[field] = JSON.parse(json);
  });

describe('parseBackup: "__proto__" and friends', () => {
  it.each([
    ['estimates', '{"__proto__": 3}', 'estimates.__proto__: "__proto__" cannot be a topic id'],
    [
      'phaseTargets',
      '{"__proto__": "2027-01-01"}',
      'phaseTargets.__proto__: "__proto__" cannot be a phase number',
    ],
  ])('refuses "__proto__" in a plan’s %s by name, with its line', (field, json, message) => {
    const text = settingsWith(field, json);
    const line = text.split('\n').findIndex((l) => l.includes('"__proto__"')) + 1;
    expect(refused(parse(text)).message).toContain(`data.plans[0].settings.${message} (line ${line})`);
  });

  it('keeps constructor as an ordinary key of a plan’s estimates', () => {
    const result = parse(settingsWith('estimates', '{"constructor": 3}'));
    if (!result.ok) throw new Error(result.message);
    expect(Object.entries(result.backup.data.plans[0]!.settings.estimates ?? {})).toEqual([
      ['constructor', 3],
    ]);
  });

  it('keeps rows of topics named __proto__ or constructor: aside for a known roadmap, as they are otherwise', () => {
    const rows = ['__proto__', 'constructor', 'toString'].flatMap((topicId) => [
      { roadmapId: 'fastapi', topicId, status: 'done', updatedAt: AT },
      { roadmapId: 'other', topicId, status: 'doing', updatedAt: AT },
    ]);
    const result = parse(
      sampleWith((file) => {
        file.data.topicStates = rows;
      }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.backup.data.topicStates.map((row) => [row.roadmapId, row.topicId])).toEqual([
      ['other', '__proto__'],
      ['other', 'constructor'],
      ['other', 'toString'],
    ]);
    expect(result.summary.unknownTopicIds).toEqual([
      { roadmapId: 'fastapi', topicId: '__proto__' },
      { roadmapId: 'fastapi', topicId: 'constructor' },
      { roadmapId: 'fastapi', topicId: 'toString' },
    ]);
  });

  it('refuses a row with a "__proto__" field as an unknown field, naming it', () => {
    const text = sampleWith((file) => {
      Object.defineProperty(file.data.notes![0]!, '__proto__', { value: 1, enumerable: true });
    });
    expect(refused(parse(text)).message).toContain('data.notes[0].__proto__: unknown field');
  });
});
