import type { SafeStorage } from 'electron';
import type { Lifecycle } from './strict';

type FakedSafeStorage = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

/** Marks what the fake encrypted, so a foreign buffer fails to decrypt as Electron's does. */
const PREFIX = Buffer.from('fake-safe-storage:v1:', 'utf8');
const KEY = 0x5a;

const xor = (bytes: Uint8Array): Buffer => Buffer.from(bytes.map((byte) => byte ^ KEY));

/**
 * Electron's `safeStorage` on a keychain that works: the "encryption" is a reversible XOR behind
 * a prefix (never the plain text), and a test can take the keychain away (`available = false`)
 * or make it Linux's built-in key (`backend = 'basic_text'`). Like Electron, nothing is available
 * before `ready` when a lifecycle is given (vitest passes none: always ready).
 */
export class FakeSafeStorage implements FakedSafeStorage {
  available = true;
  backend: ReturnType<SafeStorage['getSelectedStorageBackend']> = 'gnome_libsecret';
  readonly #lifecycle: Lifecycle | undefined;

  constructor(lifecycle?: Lifecycle) {
    this.#lifecycle = lifecycle;
  }

  isEncryptionAvailable(): boolean {
    return this.available && (this.#lifecycle?.ready ?? true);
  }

  getSelectedStorageBackend(): ReturnType<SafeStorage['getSelectedStorageBackend']> {
    return this.#lifecycle && !this.#lifecycle.ready ? 'unknown' : this.backend;
  }

  encryptString(plainText: string): Buffer {
    if (!this.isEncryptionAvailable())
      throw new Error(
        'Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.',
      );
    return Buffer.concat([PREFIX, xor(Buffer.from(plainText, 'utf8'))]);
  }

  decryptString(encrypted: Buffer): string {
    if (!this.isEncryptionAvailable())
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption is not available.',
      );
    if (!Buffer.isBuffer(encrypted) || !encrypted.subarray(0, PREFIX.length).equals(PREFIX))
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return xor(encrypted.subarray(PREFIX.length)).toString('utf8');
  }
}
