/** Colour slot (1–6) of a phase; phases beyond the palette reuse its colours in turn. */
export function phaseSlot(phaseNumber: number): number {
  return ((Math.max(phaseNumber, 1) - 1) % 6) + 1;
}
