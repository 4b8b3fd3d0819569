import { ReactFlowProvider } from '@xyflow/react';
import { ErrorBoundary } from './ErrorBoundary';
import { Workspace } from './Workspace';

/** The window: rail, top bar with search, the graph, and the topic panel. */
export function App() {
  return (
    <ErrorBoundary>
      <ReactFlowProvider>
        <Workspace />
      </ReactFlowProvider>
    </ErrorBoundary>
  );
}
