/** Screen width the open topic panel covers at the right of the graph (theme.css: .topic-panel). */
export const TOPIC_PANEL_INSET = 372 + 2 * 12;
