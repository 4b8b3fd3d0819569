/** Props that tie an input to its inline error and hints, so screen readers read them with it. */
export function fieldAria(
  errorId: string,
  problem: string | undefined,
  ...hintIds: string[]
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  const ids = [...(problem ? [errorId] : []), ...hintIds].join(' ');
  return {
    ...(problem ? { 'aria-invalid': true } : {}),
    ...(ids === '' ? {} : { 'aria-describedby': ids }),
  };
}
