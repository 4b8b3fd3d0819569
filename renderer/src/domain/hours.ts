/** Hours as people write them: `16 h`, `2.5 h`, `2.25 h`. */
export function formatHours(hours: number): string {
  return `${Number(hours.toFixed(2))} h`;
}
