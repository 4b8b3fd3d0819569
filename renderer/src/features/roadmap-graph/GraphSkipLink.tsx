import type { MouseEvent } from 'react';
import './graph-skip-link.css';

/**
 * The elements the link jumps to carry `data-skip-target`: features never import each other,
 * so the topic panel's heading and the search box mark themselves in the page instead.
 */
const TARGETS = { panel: '[data-skip-target="topic-panel"]', search: '[data-skip-target="search"]' };

type Props = {
  /** Whether a topic panel is open: the link then leads there rather than to search. */
  panelOpen: boolean;
};

/**
 * The graph's first stop for the keyboard, shown only while focused: a way past the topic
 * nodes (one tab stop each) to the open topic panel, or else to search.
 */
export function GraphSkipLink({ panelOpen }: Props) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // The address's hash names the view (#graph, #plan, …): following the link would change it.
    event.preventDefault();
    const target =
      (panelOpen ? document.querySelector<HTMLElement>(TARGETS.panel) : null) ??
      document.querySelector<HTMLElement>(TARGETS.search);
    target?.focus();
  };
  return (
    <a className="graph-skip-link" href={panelOpen ? '#topic-panel' : '#search'} onClick={onClick}>
      {panelOpen ? 'Skip to topic panel' : 'Skip to search'}
    </a>
  );
}
