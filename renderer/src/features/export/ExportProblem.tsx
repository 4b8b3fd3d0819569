// Called once per mounted message (a stable function, so re-renders do not call it again):
// the keyboard and the screen reader land on the problem, not on the button below it.
const focusOnMount = (element: HTMLElement | null) => element?.focus();

/**
 * A problem with an export, shown in the dialog in the flow of its content (never over its
 * buttons) and given the focus when it appears; a new `key` per problem focuses it again.
 */
export function ExportProblem({ text }: { text: string }) {
  return (
    <p className="export-dialog__problem" role="alert" tabIndex={-1} ref={focusOnMount}>
      {text}
    </p>
  );
}
