import { useEffect, useRef } from 'react';
import type { AppCommand } from '../platform';
import { platform } from '../platform';
import type { TopicStatus } from '../domain';
import { useActionChannel } from '../storage';
import { useGlobalShortcuts } from './useGlobalShortcuts';

/** What the app's commands and keys act on; everything else the shell does itself. */
export type CommandTargets = {
  focusSearch: () => void;
  exportBackup: () => void;
  importBackup: () => void;
  /** Opens the calendar export, or the Schedule view when there is no plan to export. */
  exportCalendar: () => void;
  /** Opens "Import roadmap…". */
  importRoadmap: () => void;
  /** Opens "Export picture…" (on the graph: it shows the graph first). */
  exportPicture: () => void;
  showHelp: () => void;
  /** Returns true when it closed something. */
  escape: () => boolean;
  /** D, I, S, N: returns true when a topic took the status. */
  status: (status: TopicStatus) => boolean;
};

/**
 * One handler for the app's commands, whether they come from a shortcut or the desktop
 * menu, and the window's keys; Ctrl+Z and Ctrl+Shift+Z go to the action channel.
 */
export function useAppCommands(targets: CommandTargets): void {
  const channel = useActionChannel();
  const run = (command: AppCommand) => {
    switch (command) {
      case 'view-graph':
      case 'view-plan':
      case 'view-schedule':
      case 'view-progress':
      case 'view-review':
        window.location.hash = command.slice('view-'.length);
        return;
      case 'find-topic':
        return targets.focusSearch();
      case 'export-backup':
        return targets.exportBackup();
      case 'import-backup':
        return targets.importBackup();
      case 'export-calendar':
        return targets.exportCalendar();
      case 'import-roadmap':
        return targets.importRoadmap();
      case 'export-picture':
        return targets.exportPicture();
      case 'show-help':
        return targets.showHelp();
    }
  };
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => platform.onCommand((command) => latest.current(command)), []);
  useGlobalShortcuts({
    focusSearch: targets.focusSearch,
    escape: targets.escape,
    status: targets.status,
    undo: () => void channel.undo(),
    redo: () => void channel.redo(),
    command: run,
  });
}
