import { EventEmitter } from 'node:events';
import type { AboutPanelOptionsOptions, App } from 'electron';
import type { Lifecycle } from './strict';

/**
 * The part of `app` main uses; `implements` makes a change in Electron's types fail typecheck.
 * Events come from Node's EventEmitter, as in Electron (whose `on` returns its own type).
 */
type FakedApp = Pick<
  App,
  | 'isPackaged'
  | 'getPath'
  | 'getVersion'
  | 'getName'
  | 'isReady'
  | 'whenReady'
  | 'enableSandbox'
  | 'setAppUserModelId'
  | 'requestSingleInstanceLock'
  | 'setAboutPanelOptions'
  | 'quit'
  | 'exit'
>;

/** Electron's `app`, packaged (so main never trusts a dev server URL), on a given user-data folder. */
export class FakeApp extends EventEmitter implements FakedApp {
  readonly isPackaged = true;
  /** What main did that leaves no other trace: for the tests to read. */
  readonly calls = {
    sandbox: false,
    quit: 0,
    exitCode: undefined as number | undefined,
    about: [] as unknown[],
  };
  readonly #lifecycle: Lifecycle;
  readonly #userData: string;
  readonly #version: string;
  readonly #ready: Promise<void>;
  #resolveReady: () => void = () => {};

  constructor(lifecycle: Lifecycle, options: { userData: string; version: string }) {
    super();
    this.#lifecycle = lifecycle;
    this.#userData = options.userData;
    this.#version = options.version;
    this.#ready = new Promise((resolve) => {
      this.#resolveReady = resolve;
    });
  }

  getPath(name: Parameters<App['getPath']>[0]): string {
    if (name === 'userData' || name === 'sessionData') return this.#userData;
    throw new Error(`fake electron: app.getPath('${name}') is not faked (only userData)`);
  }

  getVersion(): string {
    return this.#version;
  }

  getName(): string {
    return 'Roadmap Planner';
  }

  isReady(): boolean {
    return this.#lifecycle.ready;
  }

  whenReady(): Promise<void> {
    return this.#ready;
  }

  /** Called by the harness: what Electron does once Chromium has started. */
  becomeReady(): void {
    this.#lifecycle.becomeReady();
    this.emit('ready', { preventDefault() {} }, {});
    this.#resolveReady();
  }

  enableSandbox(): void {
    this.#lifecycle.requireNotReady('app.enableSandbox()');
    this.calls.sandbox = true;
  }

  setAppUserModelId(_id: string): void {}

  /** One harness runs one instance: the lock is always ours. */
  requestSingleInstanceLock(): boolean {
    return true;
  }

  setAboutPanelOptions(options: AboutPanelOptionsOptions): void {
    this.calls.about.push(options);
  }

  quit(): void {
    this.calls.quit += 1;
    this.emit('before-quit', { preventDefault() {} });
    this.emit('will-quit', { preventDefault() {} });
    this.emit('quit', { preventDefault() {} }, 0);
  }

  exit(exitCode = 0): void {
    this.calls.exitCode = exitCode;
  }
}
