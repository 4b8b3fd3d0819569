import { edgeId } from '../../domain';
import type { Prerequisite, Roadmap } from '../../domain';

/** An arrow's accessible name: “Python Basics” before “FastAPI”. */
export function arrowName(roadmap: Roadmap, edge: Prerequisite): string {
  const title = (id: string) => roadmap.topicsById.get(id)?.title ?? id;
  return `“${title(edge.from)}” before “${title(edge.to)}”`;
}

/** The prerequisite an arrow on the graph draws, from its element's `data-id` (see `edgeId`). */
export function prerequisiteOfArrow(roadmap: Roadmap, id: string): Prerequisite | undefined {
  return roadmap.edges.find((edge) => edgeId(edge) === id);
}

/** The arrow an event happened on, if any: its element and the prerequisite it draws. */
export function arrowAt(
  roadmap: Roadmap,
  target: EventTarget | null,
): { element: SVGElement; edge: Prerequisite } | undefined {
  const element = target instanceof Element ? target.closest<SVGElement>('.react-flow__edge') : null;
  const id = element?.dataset['id'];
  const edge = id === undefined ? undefined : prerequisiteOfArrow(roadmap, id);
  return element && edge ? { element, edge } : undefined;
}

/** Keys that remove the focused arrow. */
export const isRemoveKey = (event: KeyboardEvent) =>
  (event.key === 'Delete' || event.key === 'Backspace') &&
  !event.altKey &&
  !event.ctrlKey &&
  !event.metaKey &&
  !event.shiftKey;
