/** How `npm run bench` reports and summarises its figures: `<name> <value> <unit>` lines. */

export type Figure = { name: string; value: number; unit: string; goal?: string };

/** Prints one figure, with its goal when it has one. */
export function report(figure: Figure): void {
  const shown = Number.isInteger(figure.value) ? figure.value : Number(figure.value.toFixed(1));
  console.log(`${figure.name} ${shown} ${figure.unit}${figure.goal ? ` (goal ${figure.goal})` : ''}`);
}

/** The median of some timings. */
export const median = (values: number[]) => quantile(values, 0.5);
/** The `q` quantile (0–1) of some timings, nearest rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

/** The median time of `runs` runs of `work`, after one warm-up run. */
export function timeIt(runs: number, work: () => void): number {
  work(); // warm-up: the first run pays for JIT compilation
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}
