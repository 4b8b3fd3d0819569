import { useChannelState, useActionChannel } from '../storage';
import { dismissAlert, dismissNotice, Toast, useAnnouncements } from '../ui';
import { useStorageBlocked } from './useStorage';

/**
 * The window's messages: an alert when something failed (or another window holds the
 * database), and the latest notice — with Undo when it is a change to the user's data.
 */
export function Announcements() {
  const channel = useActionChannel();
  const { notice: change } = useChannelState();
  const { alert, notice } = useAnnouncements();
  const blocked = useStorageBlocked();
  return (
    <>
      {(blocked ?? alert) && (
        <div className="storage-alert" role="alert">
          <p>{blocked ?? alert}</p>
          {!blocked && (
            <button type="button" className="button" onClick={dismissAlert}>
              Dismiss
            </button>
          )}
        </div>
      )}
      {change ? (
        <Toast
          key={change.id}
          autoDismissMs={10_000}
          action={{ label: 'Undo', onClick: () => void channel.undo() }}
          onDismiss={() => channel.dismissNotice()}
        >
          {change.text}
        </Toast>
      ) : (
        notice && (
          <Toast key={notice.id} autoDismissMs={8000} onDismiss={dismissNotice}>
            {notice.text}
          </Toast>
        )
      )}
    </>
  );
}
