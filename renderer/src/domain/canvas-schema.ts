import './zod-setup';
import { z } from 'zod';

// JSON Canvas 1.0 (jsoncanvas.org/spec/1.0). Only the fields the roadmap reader uses are
// checked: tools that extend the format (colours, backgrounds, sides, custom keys) still
// import, and a field nobody reads cannot refuse a file. Positions may be fractional: the
// spec asks for integers, but some tools write fractions and nothing here needs integers.

// zod 4's numbers are finite: `1e999`, which JSON reads as Infinity, is refused.
const coordinate = z.number();
const size = z.number().nonnegative('a size of 0 or more');

/** One node of a canvas: a text, file, link or group box. */
export const canvasNodeSchema = z
  .object({
    id: z.string().min(1, 'a node id'),
    type: z.string().min(1, 'a node type (text, file, link or group)'),
    x: coordinate,
    y: coordinate,
    width: size,
    height: size,
    /** Markdown, on text nodes. */
    text: z.string().optional(),
    /** A group's title. */
    label: z.string().optional(),
  })
  .superRefine((node, ctx) => {
    if (node.type === 'text' && node.text === undefined)
      ctx.addIssue({ code: 'custom', message: 'a text node needs its "text"', path: ['text'] });
  });

/** One edge: a line from one node to another (its arrow ends and sides do not matter here). */
export const canvasEdgeSchema = z.object({
  id: z.string().min(1, 'an edge id'),
  fromNode: z.string().min(1, 'the id of the node the edge starts at'),
  toNode: z.string().min(1, 'the id of the node the edge ends at'),
  label: z.string().optional(),
});

/** A `.canvas` file: both lists are optional in the spec. */
export const canvasSchema = z.object({
  nodes: z.array(canvasNodeSchema).default([]),
  edges: z.array(canvasEdgeSchema).default([]),
});

export type CanvasNode = z.infer<typeof canvasNodeSchema>;
export type CanvasEdge = z.infer<typeof canvasEdgeSchema>;
export type Canvas = z.infer<typeof canvasSchema>;
