// Keys of `meta` rows, apart from the code that reads the rows: that code may bring zod, and
// the first paint needs only the keys.

/** The `meta` key of a plan's calendar export history. */
export const icsHistoryKey = (planId: string) => `ics-export-history:${planId}`;
