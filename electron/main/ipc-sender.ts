import { isAppUrl } from './navigation-policy';

/** The parts of Electron's `WebFrameMain` the sender check reads. */
export type SenderFrame = { readonly url: string; readonly parent: unknown };

/** The part of an `IpcMainInvokeEvent` the sender check reads. */
export type SenderEvent = { readonly senderFrame: SenderFrame | null };

/**
 * Whether an IPC message comes from the app's own top-level page. A frame that is gone
 * (`null`), an iframe, or a page from any other origin is not trusted.
 */
export function isTrustedSender(frame: SenderFrame | null, appOrigin: string): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url, appOrigin);
}

/** Thrown to the caller (the renderer's `invoke` rejects) when a sender is refused. */
export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`Refused IPC on "${channel}" from an untrusted sender`);
    this.name = 'UntrustedSenderError';
  }
}

/**
 * Wraps an IPC handler so it runs only for trusted senders; anyone else gets an
 * {@link UntrustedSenderError} instead of the handler's result.
 */
export function guardHandler<Args extends unknown[], Result>(
  channel: string,
  appOrigin: string,
  handler: (...args: Args) => Result,
): (event: SenderEvent, ...args: Args) => Result {
  return (event, ...args) => {
    if (!isTrustedSender(event.senderFrame, appOrigin)) throw new UntrustedSenderError(channel);
    return handler(...args);
  };
}
