import { REVIEW_RATINGS, TOPIC_STATUS_CHOICES } from '../domain';
import { ModalDialog } from '../ui';
import { APP_COMMANDS, COMMANDS } from '../../../electron/shared/commands';

type Props = { version: string | null; isMac: boolean; onClose: () => void };

// The status keys come from the statuses' own table, the same one the window listens with.
const TOPIC_KEYS: readonly [string, string][] = [
  ...TOPIC_STATUS_CHOICES.map(({ key, label }): [string, string] => [
    key,
    `Mark the selected topic ${label}`,
  ]),
  ['Shift+F10', 'The focused topic’s menu'],
  ['← →', 'From the focused topic to a prerequisite, or to a topic it unlocks'],
  ['↑ ↓', 'Through the focused topic’s section'],
  ['Esc', 'Close the topic panel'],
  [
    REVIEW_RATINGS.map((r) => r.key).join(' '),
    `Rate a topic after Done and in Review: ${REVIEW_RATINGS.map((r) => r.label).join(', ')}`,
  ],
];

const keyLabel = (accelerator: string, isMac: boolean) =>
  accelerator.replace('CmdOrCtrl', isMac ? '⌘' : 'Ctrl');

/** How the app works and its keyboard shortcuts: the Help menu's Documentation, and F1. */
export function HelpDialog({ version, isMac, onClose }: Props) {
  return (
    <ModalDialog title="Roadmap Planner help" className="help-dialog" onCancel={onClose}>
      <p>
        Pick topics on the <strong>Graph</strong>, set your week in <strong>Plan</strong>, follow it in{' '}
        <strong>Schedule</strong> (Done or Missed on each session; <em>Replan from now</em> when life
        happens), and see how far you are in <strong>Progress</strong>. Everything stays on this device.
      </p>
      <h3>Keyboard shortcuts</h3>
      <table className="help-dialog__keys">
        <tbody>
          {APP_COMMANDS.map((command) => (
            <tr key={command}>
              <td>
                <kbd>{keyLabel(COMMANDS[command].keys, isMac)}</kbd>
              </td>
              <td>{COMMANDS[command].help}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>{keyLabel('CmdOrCtrl+Z', isMac)}</kbd> / <kbd>{keyLabel('CmdOrCtrl+Shift+Z', isMac)}</kbd>
            </td>
            <td>Undo / redo the last change to your data</td>
          </tr>
          {TOPIC_KEYS.map(([key, what]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="help-dialog__about">
        Roadmap Planner{version ? ` ${version}` : ''} · local-first, works offline.
      </p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
