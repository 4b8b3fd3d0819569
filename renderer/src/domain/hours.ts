/** Hours as people write them: `16 h`, `2.5 h`, `2.25 h`. */
export function formatHours(hours: number): string {
  return `${Number(hours.toFixed(2))} h`;
}

/** Minutes as people say them: `45 min`, `5 h`, `5 h 30 min`. */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Minutes as hours to the nearest tenth, as plans and their warnings speak of them (95 → 1.6). */
export function minutesToHours(minutes: number): number {
  return Math.round(minutes / 6) / 10;
}
