import { ReactFlowProvider } from '@xyflow/react';
import { Workspace } from './Workspace';

/** The window: rail, top bar with search, the graph, and the topic panel. */
export function App() {
  return (
    <ReactFlowProvider>
      <Workspace />
    </ReactFlowProvider>
  );
}
