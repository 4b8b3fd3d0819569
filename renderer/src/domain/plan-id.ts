/**
 * A plan id: letters, digits, `.`, `_` and `-`, up to 100. It goes unescaped into every
 * calendar UID (ical-generator writes UIDs as given), so nothing else may pass. Kept apart
 * from the plan schema so the calendar export checks it without loading zod.
 */
export const PLAN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
