// Everything about arrows beyond the first paint, in one chunk loaded after it: drawing them
// along their routes, and removing them where edits are offered.
export { buildEdges } from './graph-edges';
export { ArrowEditing } from './ArrowEditing';
