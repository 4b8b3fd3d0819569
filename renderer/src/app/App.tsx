import { ErrorBoundary } from './ErrorBoundary';
import { Opening } from './Opening';
// The buttons every view uses; styles, so imported where the window starts, not through a barrel.
import '../ui/controls.css';

/** The window: opens the database and the roadmap, then the workspace. */
export function App() {
  return (
    <ErrorBoundary>
      <Opening />
    </ErrorBoundary>
  );
}
