/**
 * A push-pin: a session the user placed in their calendar, kept where they put it. Sized like
 * a small glyph in text (`.pin-icon`, controls.css); `className` adds a place's own styles.
 */
export function PinIcon({ className }: { className?: string }) {
  return (
    <svg className={className ? `pin-icon ${className}` : 'pin-icon'} viewBox="0 0 16 16" aria-hidden="true">
      <path d="M6 2h4l-.5 4 2.5 2.5v1H4v-1L6.5 6zM8 9.5V14" />
    </svg>
  );
}
