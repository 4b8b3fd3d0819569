import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { CalendarSyncApi } from '../../platform';
import { SyncAlert } from './SyncAlert';

type Props = {
  api: CalendarSyncApi;
  /** Called once main has found the account's calendars and kept the account. */
  onConnected: () => void;
};

/**
 * Server, user name and app password. The password goes to main once, which keeps it in the
 * system's keychain; this form forgets it as soon as the answer comes.
 */
export function ConnectForm({ api, onConnected }: Props) {
  const id = useId();
  const [serverUrl, setServerUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (working) return;
    setWorking(true);
    setProblem(null);
    const result = await api.connect({ serverUrl: serverUrl.trim(), user: user.trim(), password });
    setWorking(false);
    setPassword('');
    if (result.ok) onConnected();
    else setProblem(result.problem.message);
  };

  return (
    <form className="calendar-sync__form" aria-label="Connect a calendar" onSubmit={(e) => void submit(e)}>
      <label htmlFor={`${id}-url`}>Server or calendar URL</label>
      <input
        id={`${id}-url`}
        className="plan-input calendar-sync__wide"
        type="url"
        required
        placeholder="https://caldav.fastmail.com/"
        value={serverUrl}
        onChange={(e) => setServerUrl(e.target.value)}
      />
      <label htmlFor={`${id}-user`}>User name</label>
      <input
        id={`${id}-user`}
        className="plan-input calendar-sync__wide"
        autoComplete="username"
        required
        value={user}
        onChange={(e) => setUser(e.target.value)}
      />
      <label htmlFor={`${id}-password`}>App password</label>
      <input
        id={`${id}-password`}
        className="plan-input calendar-sync__wide"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        aria-describedby={`${id}-password-hint`}
      />
      <p id={`${id}-password-hint`} className="plan-field__hint calendar-sync__full">
        Make an app password in your account&apos;s settings (iCloud, Fastmail and others ask for one). It is
        kept in your system&apos;s keychain, never in the app&apos;s data or backups.
      </p>
      <SyncAlert message={problem} className="calendar-sync__full" />
      <div className="calendar-sync__full">
        <button type="submit" className="button button--primary" disabled={working}>
          {working ? 'Connecting…' : 'Connect'}
        </button>
      </div>
    </form>
  );
}
