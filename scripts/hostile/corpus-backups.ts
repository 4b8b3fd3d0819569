import { BACKUP_VERSION, serializeBackup } from '../../renderer/src/domain/backup-format';
import { META, sampleData } from '../../renderer/src/domain/backup-fixtures';
import type { CaseFile, HostileCase } from './corpus';
import { file, garbage, nested, replaceOnce, text, withBytes } from './corpus';

type BackupJson = { [field: string]: unknown; data: Record<string, Record<string, unknown>[]> };

/** The sample backup (every table holds a row) as the app writes it. */
const sample = (): string => serializeBackup(sampleData(), META);

/** The sample backup with an edit, as pretty JSON text. */
function edited(edit: (backup: BackupJson) => void): CaseFile {
  return file(() => {
    const backup = JSON.parse(sample()) as BackupJson;
    edit(backup);
    return `${JSON.stringify(backup, null, 2)}\n`;
  });
}

/** The sample backup's text with `from` replaced by raw text `to` (for what JSON objects cannot hold). */
const replaced = (from: string, to: () => string): CaseFile => file(() => replaceOnce(sample(), from, to()));

/** A backup file read by the domain's parser as the app reads one (the CLI reads no backups). */
function backupCase(name: string, backup: CaseFile, expect: HostileCase['expect'] = 'refuse'): HostileCase {
  return {
    name: `backup: ${name}`,
    files: { 'backup.json': backup },
    run: { backup: 'backup.json' },
    expect,
  };
}

/** A topic-state row. */
const topicState = (topicId: string) => ({
  roadmapId: 'fastapi',
  topicId,
  status: 'done',
  updatedAt: '2026-11-24T09:30:00.000Z',
});

/** Every case of a backup file. */
export function backupCases(): HostileCase[] {
  // The meta row's value holds `42`: the deep values go in its place.
  const metaValue = '42,';
  return [
    backupCase('the valid sample backup', file(sample), 'accept'),
    backupCase(
      '8,000 nested arrays in a meta value',
      replaced(metaValue, () => `${nested('[', ']', 8000)},`),
    ),
    backupCase(
      '100,000 nested arrays in a meta value',
      replaced(metaValue, () => `${nested('[', ']', 100_000)},`),
    ),
    backupCase(
      '100,000 nested objects',
      file(() => nested('{"a":', '}', 100_000, '1')),
    ),
    backupCase(
      'version 999',
      edited((b) => (b['version'] = 999)),
    ),
    backupCase(
      'version "3"',
      edited((b) => (b['version'] = '3')),
    ),
    backupCase(
      'version -1',
      edited((b) => (b['version'] = -1)),
    ),
    backupCase(
      'version 1e308',
      edited((b) => (b['version'] = 1e308)),
    ),
    backupCase(
      'version 1e999 (Infinity in JSON)',
      replaced(`"version": ${BACKUP_VERSION}`, () => '"version": 1e999'),
    ),
    backupCase(
      '120,000 topic states (about 17 MB)',
      edited((b) => (b.data['topicStates'] = Array.from({ length: 120_000 }, (_, i) => topicState(`t${i}`)))),
      'accept',
    ),
    backupCase(
      '150,000 bad topic states',
      edited((b) => (b.data['topicStates'] = Array.from({ length: 150_000 }, () => ({ roadmapId: 5 })))),
    ),
    backupCase(
      '100,000 repeated topic states',
      edited((b) => (b.data['topicStates'] = Array.from({ length: 100_000 }, () => topicState('routing')))),
    ),
    backupCase(
      '"__proto__" and "constructor" ids',
      edited((b) => {
        b.data['topicStates'] = [
          { ...topicState('__proto__'), roadmapId: '__proto__' },
          { ...topicState('constructor'), roadmapId: 'constructor' },
        ];
        b.data['meta'] = [{ key: '__proto__', value: 1 }];
      }),
      'answer',
    ),
    backupCase(
      'a "__proto__" key in a row',
      replaced('"roadmapId": "fastapi"', () => '"__proto__": {"x": 1}, "roadmapId": "fastapi"'),
    ),
    backupCase(
      'a "__proto__" key at the top',
      replaced('{', () => '{"__proto__": {"version": 1},'),
    ),
    backupCase(
      '50,000 duplicate keys',
      replaced('"format"', () => `${'"appVersion": "0.3.0",'.repeat(50_000)}"format"`),
    ),
    backupCase(
      'a busy calendar of 5,000,001 characters',
      edited((b) => {
        b.data['busyCalendars']![0]!['text'] = 'B'.repeat(5_000_001);
      }),
    ),
    backupCase(
      '20 MB + 1 byte',
      file(() => `${sample()}${' '.repeat(20 * 1024 * 1024)}`),
    ),
    backupCase(
      'invalid UTF-8 in a note',
      file(() => withBytes(sample(), 'Reread', [0xff, 0xfe, 0xc0])),
      'answer',
    ),
    backupCase(
      'NUL bytes in the JSON',
      file(() => withBytes(sample(), '"format"', [0, 0])),
    ),
    backupCase(
      'a byte-order mark',
      file(() => `\uFEFF${sample()}`),
      'accept',
    ),
    backupCase('an empty file', text('')),
    backupCase(
      '64 KB of binary garbage',
      file(() => garbage(64 * 1024, 99)),
    ),
    backupCase('a plan file, not a backup', text('{"roadmap":"fastapi"}')),
    backupCase(
      '4 MB of whitespace',
      file(() => ' '.repeat(4 * 1024 * 1024)),
    ),
  ];
}
