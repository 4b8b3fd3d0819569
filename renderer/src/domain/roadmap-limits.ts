/**
 * The most topics a roadmap may have. Apart from the Markdown budget so the window's
 * start-up code (which checks `?synthetic=N` against it) does not carry the budget's scanner.
 */
export const MAX_TOPICS = 5_000;
