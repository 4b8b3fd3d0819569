import { useEffect, useRef } from 'react';
import { TOPIC_STATUS_CHOICES } from '../domain';
import type { TopicStatus } from '../domain';
import type { AppCommand } from '../platform';
import { commandForKey } from './command-keys';
import { isTextField } from '../ui/text-field';
import { IS_MAC } from './is-mac';

type Shortcuts = {
  focusSearch: () => void;
  /** Returns true when it handled Escape. */
  escape: () => boolean;
  /** D, I, S, N with a topic selected; returns true when it handled the key. */
  status: (status: TopicStatus) => boolean;
  undo: () => void;
  redo: () => void;
  /** The app's commands (views, export, import, find, help), as the desktop menu sends them. */
  command: (command: AppCommand) => void;
};

const STATUS_KEYS: ReadonlyMap<string, TopicStatus> = new Map(
  TOPIC_STATUS_CHOICES.map((choice) => [choice.key.toLowerCase(), choice.status]),
);

/**
 * Window-wide keys: the app's commands (`COMMANDS`: Ctrl+1…4 views, Ctrl+K find, Ctrl+E
 * export calendar, …); `/` focuses search too; Escape closes what is open; D, I, S
 * and N set the selected topic's status; Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes
 * progress changes. Keys typed into a text field are left alone.
 */
export function useGlobalShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const typing = isTextField(event.target);
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
      const command = (event.ctrlKey || event.metaKey) && !event.altKey;
      const key = event.key.toLowerCase();
      const appCommand = commandForKey(event, IS_MAC);
      // Text fields keep their own undo; elsewhere it undoes progress changes.
      if (command && !typing && (key === 'z' || key === 'y')) {
        event.preventDefault();
        if (key === 'y' || event.shiftKey) latest.current.redo();
        else latest.current.undo();
      } else if (appCommand) {
        event.preventDefault();
        latest.current.command(appCommand);
      } else if (event.key === '/' && !typing && plain) {
        event.preventDefault();
        latest.current.focusSearch();
      } else if (
        event.key === 'Escape' &&
        !event.defaultPrevented &&
        // An open (modal) dialog closes itself on Escape: taking the key here cancels that.
        !document.querySelector('dialog[open]') &&
        latest.current.escape()
      ) {
        event.preventDefault();
      } else if (!typing && plain && !event.shiftKey) {
        const status = STATUS_KEYS.get(event.key.toLowerCase());
        if (status && latest.current.status(status)) event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
