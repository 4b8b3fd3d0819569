/** Two arrows in a circle: a review day, besides its colour (sized like `.pin-icon`). */
export function ReviewIcon({ className }: { className?: string }) {
  return (
    <svg
      className={className ? `review-icon ${className}` : 'review-icon'}
      viewBox="0 0 16 16"
      aria-hidden="true"
    >
      <path d="M12.5 6.5A4.75 4.75 0 0 0 3.6 5M3.5 9.5a4.75 4.75 0 0 0 8.9 1.5M3.5 2.5V5.2h2.7M12.5 13.5v-2.7H9.8" />
    </svg>
  );
}
