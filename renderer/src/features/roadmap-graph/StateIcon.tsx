import type { TopicState } from '../../domain';

/** One shape per state, so state never rests on colour alone. */
export function StateIcon({ state }: { state: TopicState }) {
  return (
    <svg className="state-icon" data-state={state} viewBox="0 0 16 16" aria-hidden="true">
      {state === 'done' && (
        <>
          <circle cx="8" cy="8" r="7" className="state-icon__fill" />
          <path d="M4.8 8.2 7 10.4l4.2-4.6" className="state-icon__mark" />
        </>
      )}
      {state === 'doing' && (
        <>
          <circle cx="8" cy="8" r="6" className="state-icon__ring" />
          <path d="M8 2a6 6 0 0 1 0 12z" className="state-icon__fill" />
        </>
      )}
      {state === 'ready' && <circle cx="8" cy="8" r="6" className="state-icon__ring" />}
      {state === 'locked' && (
        <>
          <rect x="3.5" y="7" width="9" height="7" rx="1.5" className="state-icon__fill" />
          <path d="M5.5 7V5.5a2.5 2.5 0 0 1 5 0V7" className="state-icon__ring" />
        </>
      )}
      {state === 'skipped' && (
        <>
          <circle cx="8" cy="8" r="6" className="state-icon__ring" />
          <path d="M4 12 12 4" className="state-icon__ring" />
        </>
      )}
    </svg>
  );
}
