/** A section's size, as the column packing sees it. */
export type Block = { width: number; height: number };

/**
 * Splits blocks, kept in their order, into columns read left to right, top to bottom, so
 * that the drawing best fills a room of `aspect` (width over height): for each column count
 * near the best, the lowest column height that fits (a binary search over a greedy fill),
 * then the count whose drawing can be shown largest. Returns each column's block count.
 */
export function packColumns(
  blocks: readonly Block[],
  gaps: { x: number; y: number },
  aspect: number,
): number[] {
  if (blocks.length === 0) return [];
  const total = blocks.reduce((sum, b) => sum + b.height + gaps.y, 0);
  const widest = Math.max(...blocks.map((b) => b.width));
  // Columns of equal height and width fill the room at about this count; look around it.
  const guess = Math.sqrt((aspect * total) / (widest + gaps.x));
  const high = Math.min(blocks.length, Math.ceil(guess * 2) + 1);
  const low = Math.min(high, Math.max(1, Math.floor(guess / 2)));
  let best: { counts: number[]; scale: number } | null = null;
  for (let k = low; k <= high; k++) {
    const counts = fillUpTo(blocks, gaps.y, lowestHeight(blocks, gaps.y, k));
    const width = counts.reduce(
      (sum, count, i) => sum + columnWidth(blocks, counts, i) + (i > 0 ? gaps.x : 0),
      0,
    );
    const height = Math.max(...columnHeights(blocks, counts, gaps.y));
    const scale = Math.min(aspect / width, 1 / height);
    if (!best || scale > best.scale + 1e-12) best = { counts, scale };
  }
  return best!.counts;
}

/** The lowest column height with which a greedy fill needs at most `k` columns. */
function lowestHeight(blocks: readonly Block[], gap: number, k: number): number {
  let low = Math.max(...blocks.map((b) => b.height));
  let high = blocks.reduce((sum, b) => sum + b.height + gap, 0);
  while (high - low > 0.5) {
    const mid = (low + high) / 2;
    if (fillUpTo(blocks, gap, mid).length <= k) high = mid;
    else low = mid;
  }
  return high;
}

/** Fills columns in order, starting a new one when the next block would pass `limit`. */
function fillUpTo(blocks: readonly Block[], gap: number, limit: number): number[] {
  const counts: number[] = [];
  let height = 0;
  for (const block of blocks) {
    const next = counts.length === 0 || height === 0 ? block.height : height + gap + block.height;
    if (counts.length > 0 && next <= limit + 1e-9) {
      counts[counts.length - 1]!++;
      height = next;
    } else {
      counts.push(1);
      height = block.height;
    }
  }
  return counts;
}

function columnWidth(blocks: readonly Block[], counts: readonly number[], index: number): number {
  const start = counts.slice(0, index).reduce((a, b) => a + b, 0);
  return Math.max(...blocks.slice(start, start + counts[index]!).map((b) => b.width));
}

function columnHeights(blocks: readonly Block[], counts: readonly number[], gap: number): number[] {
  let start = 0;
  return counts.map((count) => {
    const column = blocks.slice(start, start + count);
    start += count;
    return column.reduce((sum, b) => sum + b.height, 0) + (column.length - 1) * gap;
  });
}
