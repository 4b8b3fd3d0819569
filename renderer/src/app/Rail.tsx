import { formatDayTime, reviewSessionTitle, sessionClock } from '../domain';
import type { ReviewSession, Roadmap, ScheduledSession } from '../domain';
import { PhaseLegend } from '../features/roadmap-graph';
import { platform } from '../platform';
import type { View } from './useView';

type Props = {
  roadmap: Roadmap;
  view: View;
  /** Overall share of estimated hours done, 0–100, once known. */
  percentDone: number | null;
  /** How many topics are due for review, once known. */
  dueCount: number | undefined;
  /** The next session to study or review, once a plan exists. */
  nextSession: ScheduledSession | ReviewSession | null;
  /** The app's version, once known. */
  version: string | null;
};

/** The slim left rail: the app, its views, overall progress, the phase legend and the version. */
export function Rail({ roadmap, view, percentDone, dueCount, nextSession, version }: Props) {
  return (
    <nav className="rail" aria-label="Views">
      <div className="rail__brand">
        <svg className="rail__logo" viewBox="0 0 24 24" aria-hidden="true">
          <rect x="1" y="1" width="22" height="22" rx="6" />
          <circle cx="7" cy="16" r="2" />
          <circle cx="12" cy="12" r="2" />
          <circle cx="17" cy="8" r="2" />
        </svg>
        <span className="rail__name">Roadmap Planner</span>
      </div>
      <ul className="rail__nav">
        <li>
          <a className="rail__link" href="#graph" aria-current={view === 'graph' ? 'page' : undefined}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="3.5" cy="8" r="2" />
              <circle cx="12.5" cy="3.5" r="2" />
              <circle cx="12.5" cy="12.5" r="2" />
              <path d="M5.5 7.2 10.5 4.3M5.5 8.8l5 2.9" />
            </svg>
            Graph
          </a>
        </li>
        <li>
          <a className="rail__link" href="#plan" aria-current={view === 'plan' ? 'page' : undefined}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M3 3.5h10M3 8h10M3 12.5h10" />
              <circle cx="6" cy="3.5" r="1.4" />
              <circle cx="10.5" cy="8" r="1.4" />
              <circle cx="5" cy="12.5" r="1.4" />
            </svg>
            Plan
          </a>
        </li>
        <li>
          <a className="rail__link" href="#schedule" aria-current={view === 'schedule' ? 'page' : undefined}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <rect x="2.5" y="3.5" width="11" height="10" rx="1.5" />
              <path d="M2.5 6.5h11M5.5 2v3M10.5 2v3" />
            </svg>
            Schedule
          </a>
        </li>
        <li>
          <a className="rail__link" href="#progress" aria-current={view === 'progress' ? 'page' : undefined}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M2.5 13.5h11M4 11V8M8 11V4M12 11V6.5" />
            </svg>
            Progress
            {percentDone !== null && <span className="rail__badge">{Math.round(percentDone)} %</span>}
          </a>
        </li>
        <li>
          <a className="rail__link" href="#review" aria-current={view === 'review' ? 'page' : undefined}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M13 8a5 5 0 1 1-1.5-3.5M13 2.5v2.5h-2.5" />
            </svg>
            Review
            {!!dueCount && <span className="rail__badge">{dueCount} due</span>}
          </a>
        </li>
      </ul>
      {nextSession && (
        <a className="rail__next" href="#schedule">
          <span className="rail__next-label">Next session</span>
          <span>
            {formatDayTime(nextSession.date, sessionClock(nextSession))} ·{' '}
            {'topics' in nextSession
              ? reviewSessionTitle(nextSession)
              : (roadmap.topicsById.get(nextSession.topicId)?.title ?? nextSession.topicId)}
          </span>
        </a>
      )}
      <PhaseLegend roadmap={roadmap} />
      <div className="rail__footer">
        <p className="rail__meta">
          {platform.kind === 'desktop' ? 'Desktop' : 'Web'}
          {version ? ` · v${version}` : ''} · works offline
        </p>
      </div>
    </nav>
  );
}
