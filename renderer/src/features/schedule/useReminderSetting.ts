import { useCallback } from 'react';
import { platform } from '../../platform';
import { setPreference, SETTING_KEYS, useActionChannel, useFlag } from '../../storage';
import { showAlert } from '../../ui';

/**
 * The "remind me as today's first session begins" setting and the way to change it (asking
 * for leave to notify first). `SessionReminder` does the reminding.
 */
export function useReminderSetting(): { remind: boolean; setRemind: (on: boolean) => void } {
  const channel = useActionChannel();
  const remind = useFlag(channel.db, SETTING_KEYS.remindFirstSession);
  const setRemind = useCallback(
    (on: boolean) => {
      void (async () => {
        if (on && !(await platform.allowNotifications())) {
          showAlert(
            'Notifications are blocked for Roadmap Planner. Allow them in your system or browser settings.',
          );
          return;
        }
        await channel.run(
          setPreference(
            SETTING_KEYS.remindFirstSession,
            on,
            on ? 'Reminder turned on.' : 'Reminder turned off.',
          ),
        );
      })();
    },
    [channel],
  );
  return { remind, setRemind };
}
