/**
 * What every faked piece of Electron shares: a clear error for anything not faked, and the
 * before/after-`ready` rules Electron enforces.
 */

/** The error the fake throws for a part of Electron it does not stand in for. */
export class NotFakedError extends Error {
  constructor(what: string) {
    super(
      `fake electron: ${what} is not faked. Main uses something the desktop harness does not ` +
        'stand in for: add it to tests/desktop/fake-electron (typed against Electron’s types).',
    );
    this.name = 'NotFakedError';
  }
}

// Looked up by Node, Playwright and `await` on any object; answering them is not using Electron.
const INSPECTED = new Set([
  'then',
  'toJSON',
  'constructor',
  'inspect',
  'nodeType',
  'asymmetricMatch',
  '$$typeof',
]);

/**
 * Wraps a fake so reading any property it does not have throws {@link NotFakedError}
 * instead of yielding `undefined` (main would otherwise fail later, somewhere less clear).
 */
export function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'symbol' || key in object || INSPECTED.has(key)) {
        const value: unknown = Reflect.get(object, key, receiver);
        // Methods of class instances run on the instance, not on the proxy (private fields).
        return typeof value === 'function' && key !== 'constructor' ? value.bind(object) : value;
      }
      throw new NotFakedError(`${name}.${key}`);
    },
    set(object, key, value) {
      if (typeof key === 'symbol' || key in object) return Reflect.set(object, key, value);
      throw new NotFakedError(`setting ${name}.${String(key)}`);
    },
  });
}

/** Whether the app is ready, and Electron's rules about what may happen before or after. */
export class Lifecycle {
  #ready = false;

  get ready(): boolean {
    return this.#ready;
  }

  /** Marks the app ready; from now on only what Electron allows after `ready` may be called. */
  becomeReady(): void {
    if (this.#ready) throw new Error('fake electron: the app is ready already');
    this.#ready = true;
  }

  /** Throws, as Electron does, when `what` is used before the app is ready. */
  requireReady(what: string): void {
    if (!this.#ready) throw new Error(`fake electron: ${what} cannot be used before the app is ready`);
  }

  /** Throws, as Electron does, when `what` is used once the app is ready. */
  requireNotReady(what: string): void {
    if (this.#ready) throw new Error(`fake electron: ${what} must be called before the app is ready`);
  }
}
