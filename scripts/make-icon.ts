/**
 * Draws the app icon, resources/icon.png (512×512), with Node's zlib and no image library:
 * a deep teal rounded square with a road of three ascending dots, the last one the goal.
 * Run: `npx tsx scripts/make-icon.ts [output.png]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
/** Signed distance from a point to a shape's edge, in pixels (negative inside). */
type Shape = (x: number, y: number) => number;
type Layer = { shape: Shape; color: Rgb };

const SIZE = 512;

const COLORS = {
  tile: [19, 72, 86],
  road: [94, 165, 160],
  step: [214, 240, 234],
  goal: [246, 196, 83],
} satisfies Record<string, Rgb>;

function roundedSquare(inset: number, radius: number): Shape {
  const half = SIZE / 2 - inset;
  return (x, y) => {
    const qx = Math.abs(x - SIZE / 2) - half + radius;
    const qy = Math.abs(y - SIZE / 2) - half + radius;
    const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
    return outside + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

function circle(cx: number, cy: number, radius: number): Shape {
  return (x, y) => Math.hypot(x - cx, y - cy) - radius;
}

/** A segment with round ends, `width` wide. */
function capsule(ax: number, ay: number, bx: number, by: number, width: number): Shape {
  return (x, y) => {
    const [dx, dy, px, py] = [bx - ax, by - ay, x - ax, y - ay];
    const t = Math.min(Math.max((px * dx + py * dy) / (dx * dx + dy * dy), 0), 1);
    return Math.hypot(px - t * dx, py - t * dy) - width / 2;
  };
}

function union(...shapes: Shape[]): Shape {
  return (x, y) => Math.min(...shapes.map((shape) => shape(x, y)));
}

const stops = [
  [139, 366],
  [247, 286],
  [355, 166],
] as const;
const [first, second, third] = stops;

const layers: Layer[] = [
  { shape: roundedSquare(24, 112), color: COLORS.tile },
  {
    shape: union(
      capsule(first[0], first[1], second[0], second[1], 18),
      capsule(second[0], second[1], third[0], third[1], 18),
    ),
    color: COLORS.road,
  },
  { shape: circle(first[0], first[1], 34), color: COLORS.step },
  { shape: circle(second[0], second[1], 40), color: COLORS.step },
  { shape: circle(third[0], third[1], 52), color: COLORS.goal },
];

/** Renders the layers into straight-alpha RGBA, anti-aliased by edge distance. */
function render(): Buffer {
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y += 1) {
    for (let x = 0; x < SIZE; x += 1) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const { shape, color } of layers) {
        const coverage = Math.min(Math.max(0.5 - shape(x + 0.5, y + 0.5), 0), 1);
        if (coverage === 0) continue;
        const outA = coverage + a * (1 - coverage);
        const mix = (top: number, bottom: number): number =>
          (top * coverage + bottom * a * (1 - coverage)) / outA;
        [r, g, b, a] = [mix(color[0], r), mix(color[1], g), mix(color[2], b), outA];
      }
      pixels.set([r, g, b, a * 255].map(Math.round), (y * SIZE + x) * 4);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes square RGBA pixels as an 8-bit truecolour-with-alpha PNG. */
function encodePng(rgba: Buffer, size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, RGBA, deflate, no filter method, no interlace
  const rowLength = size * 4;
  const raw = Buffer.alloc((rowLength + 1) * size);
  for (let row = 0; row < size; row += 1) {
    // Each row starts with filter type 0 (none); the flat colours deflate well without one.
    rgba.copy(raw, row * (rowLength + 1) + 1, row * rowLength, (row + 1) * rowLength);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const output = resolve(process.argv[2] ?? 'resources/icon.png');
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, encodePng(render(), SIZE));
console.log(`Wrote ${output}`);
