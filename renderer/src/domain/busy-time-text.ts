import type ICAL from 'ical.js';
import { inMessage } from './message-text';

/* Reading an event's text properties, and naming events and errors in user-facing messages. */

/** `event "Team meeting"`, or its UID when it has no title. */
export function describe(component: ICAL.Component): string {
  const summary = safeText(component, 'summary')?.trim();
  if (summary) return `event "${inMessage(summary)}"`;
  const uid = safeText(component, 'uid');
  return uid ? `event ${inMessage(uid)}` : 'an event without title or UID';
}

/** An error's message, short, for a user-facing sentence. */
export function reason(error: unknown): string {
  return inMessage(error instanceof Error ? error.message : String(error), 160);
}

export function textOf(component: ICAL.Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : undefined;
}

function safeText(component: ICAL.Component, name: string): string | undefined {
  try {
    return textOf(component, name);
  } catch {
    return undefined;
  }
}

export function tzidOf(component: ICAL.Component, name: string): string | undefined {
  const tzid = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof tzid === 'string' && tzid !== '' ? tzid : undefined;
}
