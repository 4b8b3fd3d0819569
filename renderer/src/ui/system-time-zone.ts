let systemZone: string | undefined;

/** The zone this computer's clock is in, e.g. `Europe/Berlin` (asked once: building a formatter is slow). */
export function systemTimeZone(): string {
  systemZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return systemZone;
}
