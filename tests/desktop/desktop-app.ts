import type { Page } from '@playwright/test';
import type { AppCommand } from '../../electron/shared/commands';

/** What main asked the system to do through `shell`, recorded instead of done. */
export type ShellCalls = { shownInFolder: string[]; openedPaths: string[]; openedExternally: string[] };

/**
 * The desktop app as the specs drive it, whichever runs it: the harness (the built main in
 * Node with a fake `electron`, the renderer in Chromium) or the real Electron binary.
 */
export type DesktopApp = {
  readonly driver: 'harness' | 'electron';
  /** The app's window (after {@link relaunch}, the new one). */
  readonly page: Page;
  /** Electron's `userData` folder: the window's place and the browser profile live here. */
  readonly userData: string;
  /** The window's URL as the app sees it (`app://roadmap-planner/…`). */
  appUrl(): string;
  /** Console errors, page errors and CSP violations in the app's window since it opened. */
  problems(): readonly string[];
  /** Clicks an item of the application menu main built, as a user would. */
  clickMenuItem(id: AppCommand): Promise<void>;
  /** Native save dialogs answer with this path (until told another). */
  answerSaveDialog(filePath: string): Promise<void>;
  /** Native open dialogs answer with this file (until told another). */
  answerOpenDialog(filePath: string): Promise<void>;
  shellCalls(): Promise<ShellCalls>;
  /** How many windows the app has. */
  windowCount(): Promise<number>;
  windowSize(): Promise<number[]>;
  /** Resizes the window as a user would; returns the size it got. */
  setWindowSize(width: number, height: number): Promise<number[]>;
  /**
   * Opens a page of another origin that has the preload, calls `getVersion` from it and returns
   * how that call ended (`answered: …` or the error message).
   */
  invokeFromOtherOrigin(): Promise<string>;
  /** Quits the app and starts it again on the same user data. */
  relaunch(): Promise<void>;
  /** Quits the app. */
  close(): Promise<void>;
};
