/** A sync problem, marked as the plan form marks its problems, and read out when it appears. */
export function SyncAlert({ message, className }: { message: string | null; className?: string }) {
  if (!message) return null;
  return (
    <p className={`plan-field__error${className ? ` ${className}` : ''}`} role="alert">
      <span className="plan-field__mark" aria-hidden="true">
        !
      </span>
      {message}
    </p>
  );
}
