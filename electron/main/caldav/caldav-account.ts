/*
 * The CalDAV account main keeps (issue 15): `userData/caldav-account.json` holds the server, the
 * user name and the password encrypted with Electron's safeStorage (the OS keychain's key), so
 * the password is never on disk in clear and never leaves main. Electron is passed in, not
 * imported, so tests run this on a fake.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../file-requests';
import type { CalDavAccount } from './caldav-client';

/** The file in the user-data folder that holds the account. */
export const CALDAV_ACCOUNT_FILE = 'caldav-account.json';

/** The longest URL main accepts from the page or the file. */
export const MAX_CALDAV_URL_CHARS = 2_000;
/** The longest user name or password accepted (app passwords are far shorter). */
export const MAX_CALDAV_SECRET_CHARS = 1_000;

/** The part of Electron's `safeStorage` the store uses (Electron's own object fits it). */
export type SecretStorage = {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which keychain Electron found; `basic_text` is a key built into Electron. */
  getSelectedStorageBackend(): string;
};

export type CalDavAccountStoreOptions = {
  safeStorage: SecretStorage;
  /** The user-data folder (`app.getPath('userData')`). */
  folder: string;
  /** `process.platform` unless a test says otherwise. */
  platform?: NodeJS.Platform;
};

/** Why an account could not be kept: one sentence for the user. */
export type KeepRefusal = { kept: false; message: string };

const accountFileSchema = z
  .object({
    serverUrl: z.string().min(1).max(MAX_CALDAV_URL_CHARS),
    user: z.string().min(1).max(MAX_CALDAV_SECRET_CHARS),
    // Base64 of what encryptString gave: a few times the password's length at most.
    password: z
      .string()
      .min(1)
      .max(8 * MAX_CALDAV_SECRET_CHARS)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/),
  })
  .strict();

const NO_KEYCHAIN =
  'This computer has no keychain this app can use (the system’s password store is missing or locked), so the app password cannot be kept safely: calendar sync is not connected.';

/**
 * The one CalDAV account, kept across launches. Reading never throws: a missing, hand-edited
 * or undecryptable file is no account.
 */
export class CalDavAccountStore {
  readonly #safeStorage: SecretStorage;
  readonly #path: string;
  readonly #platform: NodeJS.Platform;
  #cached: Promise<CalDavAccount | null> | undefined;
  #writes: Promise<unknown> = Promise.resolve();

  constructor(options: CalDavAccountStoreOptions) {
    this.#safeStorage = options.safeStorage;
    this.#path = join(options.folder, CALDAV_ACCOUNT_FILE);
    this.#platform = options.platform ?? process.platform;
  }

  /** Where the account is kept. */
  get path(): string {
    return this.#path;
  }

  /** Null when a password can be kept safely here; else the sentence saying why not. */
  refusal(): string | null {
    try {
      if (!this.#safeStorage.isEncryptionAvailable()) return NO_KEYCHAIN;
      // On Linux without a keyring Electron "encrypts" with a key built into every copy of it.
      if (this.#platform === 'linux' && this.#safeStorage.getSelectedStorageBackend() === 'basic_text')
        return NO_KEYCHAIN;
      return null;
    } catch {
      return NO_KEYCHAIN;
    }
  }

  /** The kept account with its password decrypted, or null. */
  read(): Promise<CalDavAccount | null> {
    this.#cached ??= this.#load();
    return this.#cached;
  }

  async #load(): Promise<CalDavAccount | null> {
    // Wait for a write in flight, so a read never sees the file half-way through a change.
    await this.#writes;
    let text: string;
    try {
      text = await fs.readFile(this.#path, 'utf8');
    } catch {
      return null;
    }
    if (text.length > 16 * MAX_CALDAV_SECRET_CHARS + MAX_CALDAV_URL_CHARS) return null;
    try {
      const file = accountFileSchema.safeParse(JSON.parse(text));
      if (!file.success || this.refusal() !== null) return null;
      const password = this.#safeStorage.decryptString(Buffer.from(file.data.password, 'base64'));
      if (password === '') return null;
      return { serverUrl: file.data.serverUrl, user: file.data.user, password };
    } catch {
      // Not JSON, or encrypted with another key (another user, a reset keychain).
      return null;
    }
  }

  /**
   * Keeps the account (replacing any other), the password encrypted; refuses when there is no
   * keychain. Throws only when the file cannot be written.
   */
  async keep(account: CalDavAccount): Promise<{ kept: true } | KeepRefusal> {
    const refusal = this.refusal();
    if (refusal) return { kept: false, message: refusal };
    const encrypted = this.#safeStorage.encryptString(account.password).toString('base64');
    const text = `${JSON.stringify({ serverUrl: account.serverUrl, user: account.user, password: encrypted }, null, 2)}\n`;
    // Readable by this user only: the password is encrypted, the server and user name are not.
    const write = this.#writes.then(() => writeFileAtomically(this.#path, text, 0o600));
    this.#writes = write.catch(() => undefined);
    try {
      await write;
    } catch (error) {
      // What is on disk is unknown now: read it again next time.
      this.#cached = undefined;
      throw error;
    }
    this.#cached = Promise.resolve({ ...account });
    return { kept: true };
  }

  /** Forgets the account and removes its file. */
  async forget(): Promise<void> {
    this.#cached = Promise.resolve(null);
    const removal = this.#writes.then(() => fs.rm(this.#path, { force: true }));
    this.#writes = removal.catch(() => undefined);
    await removal;
  }
}
