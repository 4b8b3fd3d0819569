import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ActionChannel, ChannelState } from './action-channel';
import type { PlannerDatabase } from './database';

/** The window's action channel; the shell provides it once the database is open. */
export const ActionChannelContext = createContext<ActionChannel | null>(null);

/** The one way to change stored data (see `ActionChannel`). */
export function useActionChannel(): ActionChannel {
  const channel = useContext(ActionChannelContext);
  if (!channel) throw new Error('useActionChannel outside the open database');
  return channel;
}

/** The open database, for live queries. */
export function useDatabase(): PlannerDatabase {
  return useActionChannel().db;
}

/** Undo/redo availability and the latest notice, live. */
export function useChannelState(): ChannelState {
  const channel = useActionChannel();
  return useSyncExternalStore(channel.subscribe, channel.getState);
}
