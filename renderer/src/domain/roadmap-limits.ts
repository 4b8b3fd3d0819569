/**
 * The most topics a roadmap may have. Apart from the Markdown budget so the window's
 * start-up code (which checks `?synthetic=N` against it) does not carry the budget's scanner.
 */
export const MAX_TOPICS = 5_000;

/**
 * The largest roadmap file (Markdown or JSON Canvas) the app imports: 5 MB. Its text, in
 * characters, is what a stored roadmap and a backup may hold of it.
 */
export const MAX_ROADMAP_FILE_BYTES = 5 * 1024 * 1024;
