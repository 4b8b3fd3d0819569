/**
 * Whether a key press lands in a place that types (a note, search, a number field): there,
 * single-key shortcuts (D, 1–4, …) leave the key to the field.
 */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button'].includes(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}
