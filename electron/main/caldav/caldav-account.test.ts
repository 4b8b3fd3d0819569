import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeSafeStorage } from '../../../tests/desktop/fake-electron/safe-storage';
import { CALDAV_ACCOUNT_FILE, CalDavAccountStore } from './caldav-account';

const account = {
  serverUrl: 'https://caldav.example.com/',
  user: 'ada@example.com',
  password: 'app-secret-ÄÖ-1234',
};

let folder: string;
let safeStorage: FakeSafeStorage;
const store = (platform: NodeJS.Platform = 'linux') =>
  new CalDavAccountStore({ safeStorage, folder, platform });
const accountFile = () => join(folder, CALDAV_ACCOUNT_FILE);

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'caldav-account-'));
  safeStorage = new FakeSafeStorage();
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('CalDavAccountStore', () => {
  it('keeps the account across launches', async () => {
    expect(await store().keep(account)).toEqual({ kept: true });
    expect(await store().read()).toEqual(account);
  });

  it('writes the password only encrypted, in a file for this user alone, and leaves no temporary file', async () => {
    await store().keep(account);
    const text = readFileSync(accountFile(), 'utf8');
    const file: unknown = JSON.parse(text);
    expect(file).toMatchObject({ serverUrl: account.serverUrl, user: account.user });
    expect(text).not.toContain(account.password);
    expect(text).not.toContain(Buffer.from(account.password).toString('base64'));
    const stored = (file as { password: string }).password;
    expect(safeStorage.decryptString(Buffer.from(stored, 'base64'))).toBe(account.password);
    if (process.platform !== 'win32') expect(statSync(accountFile()).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual([CALDAV_ACCOUNT_FILE]);
  });

  it('replaces the account kept before', async () => {
    await store().keep(account);
    const other = { serverUrl: 'https://dav.example.org/', user: 'bob', password: 'other-secret' };
    await store().keep(other);
    expect(await store().read()).toEqual(other);
  });

  it.each([
    ['an empty file', ''],
    ['not JSON', '{"serverUrl": '],
    ['JSON of another shape', '["https://caldav.example.com/", "ada"]'],
    ['a missing password', JSON.stringify({ serverUrl: account.serverUrl, user: account.user })],
    ['a field too many', JSON.stringify({ ...account, password: 'YWJj', note: 'x' })],
    ['a password that is not base64', JSON.stringify({ ...account, password: 'not base64!' })],
    [
      'a password encrypted with another key',
      JSON.stringify({ ...account, password: Buffer.from('garbage').toString('base64') }),
    ],
    ['a server URL over 2,000 characters', JSON.stringify({ ...account, serverUrl: 'x'.repeat(2_001) })],
    ['a huge file', 'x'.repeat(100_000)],
  ])('reads %s as no account, never throwing', async (_what, text) => {
    writeFileSync(accountFile(), text);
    expect(await store().read()).toBeNull();
  });

  it('reads no file as no account', async () => {
    expect(await store().read()).toBeNull();
  });

  it('refuses to keep a password without a keychain, and writes nothing', async () => {
    safeStorage.available = false;
    const answer = await store().keep(account);
    expect(answer).toEqual({
      kept: false,
      message: expect.stringMatching(/keychain.*cannot be kept safely/),
    });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses Linux’s built-in key (no keyring) as no keychain, but not elsewhere', async () => {
    safeStorage.backend = 'basic_text';
    expect(store('linux').refusal()).toMatch(/keychain/);
    expect(await store('linux').keep(account)).toMatchObject({ kept: false });
    expect(store('darwin').refusal()).toBeNull();
  });

  it('reads no account while the keychain is away, and the account again once it is back', async () => {
    await store().keep(account);
    safeStorage.available = false;
    expect(await store().read()).toBeNull();
    safeStorage.available = true;
    expect(await store().read()).toEqual(account);
  });

  it('forgets the account and its file', async () => {
    const kept = store();
    await kept.keep(account);
    await kept.forget();
    expect(await kept.read()).toBeNull();
    expect(readdirSync(folder)).toEqual([]);
    await kept.forget();
  });

  it('says a file it cannot write by throwing, and keeps nothing in memory', async () => {
    const broken = new CalDavAccountStore({ safeStorage, folder: join(folder, 'missing', 'folder') });
    await expect(broken.keep(account)).rejects.toThrow(/ENOENT/);
    expect(await broken.read()).toBeNull();
  });
});

describe('FakeSafeStorage', () => {
  it('never gives back the plain text, and refuses what it did not encrypt', () => {
    const encrypted = safeStorage.encryptString('secret');
    expect(encrypted.toString('utf8')).not.toContain('secret');
    expect(safeStorage.decryptString(encrypted)).toBe('secret');
    expect(() => safeStorage.decryptString(Buffer.from('secret'))).toThrow(/decrypting/);
  });
});
