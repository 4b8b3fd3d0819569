import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { crashMessage } from './crash-message';

type Props = { children: ReactNode };
type State = { message: string | null };

/**
 * Catches what a render throws (a storage read that failed, a part that did not load) and
 * says so in words instead of leaving an empty window. Nothing stored is touched; reloading
 * tries again.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: crashMessage(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Roadmap Planner hit an error while drawing:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.message === null) return this.props.children;
    return (
      <section className="problems" role="alert" aria-labelledby="crash-title">
        <h2 id="crash-title">Something went wrong</h2>
        <p>{this.state.message}</p>
        <p>Your data is still stored on this device.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </section>
    );
  }
}
