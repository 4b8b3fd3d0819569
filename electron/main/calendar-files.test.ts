import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CALENDAR_FILE_BYTES } from '../shared/ipc-contract';
import {
  CHOSEN_CALENDARS_FILE,
  ChosenCalendars,
  describeReadError,
  readCalendarFile,
  readChosenCalendarFile,
} from './calendar-files';

const folder = () => mkdtempSync(join(tmpdir(), 'planner-busy-'));
const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';

describe('readCalendarFile', () => {
  it('reads an .ics file and keeps its path', async () => {
    const path = join(folder(), 'Work.ICS');
    writeFileSync(path, ICS);
    expect(await readCalendarFile(path)).toEqual({ ok: true, path, name: 'Work.ICS', text: ICS });
  });

  it('refuses a file that is not .ics without reading it', async () => {
    const path = join(folder(), 'notes.txt');
    writeFileSync(path, ICS);
    expect(await readCalendarFile(path)).toEqual({
      ok: false,
      name: 'notes.txt',
      message: 'notes.txt is not a calendar file: busy calendars are .ics files.',
    });
  });

  it('says clearly when the file is gone', async () => {
    const path = join(folder(), 'work.ics');
    expect(await readCalendarFile(path)).toEqual({
      ok: false,
      name: 'work.ics',
      message: `work.ics is gone: there is no file at ${path} any more. Add it again from where it is now, or remove it.`,
    });
  });

  it('refuses a file over the size limit, giving its size', async () => {
    const path = join(folder(), 'big.ics');
    writeFileSync(path, 'x'.repeat(2_600_000));
    expect(await readCalendarFile(path, 2_000_000)).toEqual({
      ok: false,
      name: 'big.ics',
      message: 'big.ics is 2.6 MB; a calendar file may be at most 2 MB.',
    });
    expect(MAX_CALENDAR_FILE_BYTES).toBe(5_000_000);
  });

  it('refuses a folder named like a calendar', async () => {
    const path = join(folder(), 'folder.ics');
    mkdirSync(path);
    const result = await readCalendarFile(path);
    expect(result).toMatchObject({ ok: false, name: 'folder.ics' });
    expect(!result.ok && result.message).toMatch(/^folder\.ics (is a folder|is not a regular file)/);
  });

  it('words the system’s reasons, never with a stack trace', () => {
    // Tests may run as root, who can read any file: the reasons are checked here directly.
    const failure = (code: string) => Object.assign(new Error(`${code}: open '/x/secret.ics'`), { code });
    expect(describeReadError(failure('EACCES'), 'secret.ics', '/x/secret.ics')).toBe(
      'secret.ics cannot be read: this app is not allowed to open /x/secret.ics.',
    );
    expect(describeReadError(failure('EIO'), 'secret.ics', '/x/secret.ics')).toBe(
      'secret.ics could not be read (EIO).',
    );
    expect(describeReadError('odd', 'secret.ics', '/x/secret.ics')).toBe('secret.ics could not be read.');
  });

  it('throws on anything but a full path (only a page that is not the app sends one)', async () => {
    for (const payload of [42, '', 'work.ics', '../work.ics', `/tmp/a\0.ics`, { path: '/a.ics' }]) {
      await expect(readCalendarFile(payload)).rejects.toThrow();
    }
  });
});

describe('ChosenCalendars and readChosenCalendarFile', () => {
  it('reads again only files the user chose, remembered across launches', async () => {
    const dir = folder();
    const listFile = join(dir, CHOSEN_CALENDARS_FILE);
    const work = join(dir, 'work.ics');
    const other = join(dir, 'other.ics');
    writeFileSync(work, ICS);
    writeFileSync(other, ICS);

    const chosen = new ChosenCalendars(() => listFile);
    expect(await readChosenCalendarFile(chosen, work)).toEqual({
      ok: false,
      name: 'work.ics',
      message: 'work.ics was not chosen with “Add calendar file…” on this computer: add it again.',
    });
    await chosen.add(work);
    expect(await readChosenCalendarFile(chosen, work)).toEqual({
      ok: true,
      path: work,
      name: 'work.ics',
      text: ICS,
    });
    expect(await readChosenCalendarFile(chosen, other)).toMatchObject({ ok: false, name: 'other.ics' });
    expect(JSON.parse(readFileSync(listFile, 'utf8'))).toEqual([work]);

    // The next launch reads the list back.
    const again = new ChosenCalendars(() => listFile);
    expect(await again.has(work)).toBe(true);
    expect(await again.has(other)).toBe(false);
    await again.add(other);
    await again.add(work);
    expect(JSON.parse(readFileSync(listFile, 'utf8'))).toEqual([other, work]);
  });

  it('starts empty when the list is missing or not a list of paths', async () => {
    const dir = folder();
    const listFile = join(dir, CHOSEN_CALENDARS_FILE);
    expect(await new ChosenCalendars(() => listFile).has('/a.ics')).toBe(false);
    writeFileSync(listFile, '{"paths": ["/a.ics"]}');
    expect(await new ChosenCalendars(() => listFile).has('/a.ics')).toBe(false);
    writeFileSync(listFile, 'not json');
    expect(await new ChosenCalendars(() => listFile).has('/a.ics')).toBe(false);
  });

  it('throws on anything but a full path, before looking at the list', async () => {
    const chosen = new ChosenCalendars(() => join(folder(), CHOSEN_CALENDARS_FILE));
    await expect(readChosenCalendarFile(chosen, 'work.ics')).rejects.toThrow();
    await expect(readChosenCalendarFile(chosen, 7)).rejects.toThrow();
  });
});
