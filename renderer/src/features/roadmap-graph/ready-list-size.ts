/** The Ready now list's width plus its margins (roadmap-graph.css): the fit leaves this much room on the left. */
export const READY_LIST_INSET = 256 + 2 * 12;
