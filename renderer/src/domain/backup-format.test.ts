import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  backupFileName,
  checkBackupSize,
  MAX_BACKUP_BYTES,
  MAX_BUSY_CALENDAR_CHARS,
  serializeBackup,
} from './backup-format';
import { MAX_BUSY_ICS_CHARS } from './busy-time';
import { AT, META, sampleData } from './backup-fixtures';

describe('serializeBackup', () => {
  it('writes pretty, versioned JSON ending in a newline', () => {
    const text = serializeBackup(sampleData(), META);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "roadmap-planner-backup",\n  "version": 6,\n')).toBe(true);
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'appVersion', 'data']);
    expect(Object.keys(file.data)).toEqual([...BACKUP_TABLES]);
    expect(file).toMatchObject({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: AT,
      appVersion: '0.3.0',
    });
    expect(file.data).toEqual(sampleData());
  });

  it('writes keptAside only when it holds rows', () => {
    expect(serializeBackup({ ...sampleData(), keptAside: [] }, META)).not.toContain('keptAside');
    const row = { roadmapId: 'fastapi', topicId: 'gone', status: 'done' as const, updatedAt: AT };
    const text = serializeBackup({ ...sampleData(), keptAside: [{ table: 'topicStates', row }] }, META);
    expect(JSON.parse(text).data.keptAside).toEqual([{ table: 'topicStates', row }]);
  });
});

describe('backupFileName', () => {
  it('names the file by the local date', () => {
    expect(backupFileName(new Date(2026, 10, 24, 23, 59))).toBe('roadmap-planner-backup-2026-11-24.json');
    expect(backupFileName(new Date(2027, 0, 5, 0, 0))).toBe('roadmap-planner-backup-2027-01-05.json');
  });
});

describe('checkBackupSize', () => {
  it('accepts 20 MB and refuses more, rounding up so just over never reads as 20.0 MB', () => {
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeNull();
    expect(checkBackupSize(MAX_BACKUP_BYTES + 1)).toContain('20.1 MB');
    expect(checkBackupSize(21 * 1024 * 1024)).toContain('at most 20 MB');
  });
});

describe('MAX_BUSY_CALENDAR_CHARS', () => {
  it('is the longest text busy time reads, so a stored calendar can always be expanded', () => {
    expect(MAX_BUSY_CALENDAR_CHARS).toBe(MAX_BUSY_ICS_CHARS);
  });
});
