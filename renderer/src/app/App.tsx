import { ErrorBoundary } from './ErrorBoundary';
import { Opening } from './Opening';

/** The window: opens the database and the roadmap, then the workspace. */
export function App() {
  return (
    <ErrorBoundary>
      <Opening />
    </ErrorBoundary>
  );
}
