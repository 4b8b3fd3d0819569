import type { Point } from './edge-routes';

/** Corner radius of an arrow's bends, in px at zoom 1. */
const RADIUS = 6;

/** An SVG path through `points` with rounded corners, as narrow as short segments need. */
export function roundedPath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const [first] = points;
  let path = `M ${first!.x} ${first!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const before = points[i - 1]!;
    const at = points[i]!;
    const after = points[i + 1]!;
    const r = Math.min(RADIUS, distance(before, at) / 2, distance(at, after) / 2);
    const enter = towards(at, before, r);
    const leave = towards(at, after, r);
    path += ` L ${enter.x} ${enter.y} Q ${at.x} ${at.y} ${leave.x} ${leave.y}`;
  }
  const last = points.at(-1)!;
  return `${path} L ${last.x} ${last.y}`;
}

const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

/** The point `r` from `from` on the way to `to`. */
function towards(from: Point, to: Point, r: number): Point {
  const d = distance(from, to);
  return d === 0 ? from : { x: from.x + ((to.x - from.x) * r) / d, y: from.y + ((to.y - from.y) * r) / d };
}
