import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { formatHours } from '../../domain';
import { memo } from 'react';
import type { TopicNode as TopicNodeType } from './graph-elements';
import { phaseSlot } from '../../ui';
import { StateIcon } from './StateIcon';
import { STATE_LABELS } from './state-labels';
import './topic-node.css';

/**
 * A topic on the graph: its title, coloured by phase; the panel holds the rest. Where
 * prerequisites can be drawn, its handles show on hover: from the right one to another topic.
 */
export const TopicNode = memo(function TopicNode({
  data,
  selected,
  isConnectable,
}: NodeProps<TopicNodeType>) {
  return (
    <div
      className="topic-node"
      data-phase={phaseSlot(data.phaseNumber)}
      data-selected={selected || undefined}
      data-dimmed={data.dimmed || undefined}
      data-chain={data.onChain || undefined}
      data-state={data.state}
      data-due={data.due || undefined}
    >
      <Handle
        type="target"
        position={Position.Left}
        isConnectable={isConnectable}
        className="topic-node__handle"
      />
      <span className="topic-node__head">
        <StateIcon state={data.state} />
        <span
          className="topic-node__title"
          title={`${data.title} · ${STATE_LABELS[data.state]} · ${formatHours(data.estimateHours)}`}
        >
          {data.title}
        </span>
      </span>
      {data.hasNote && <span className="topic-node__note" title="Has a note" />}
      {data.plannedStart && (
        <span className="topic-node__planned" title={`Planned from ${data.plannedStart}`}>
          {data.plannedStart}
        </span>
      )}
      <Handle
        type="source"
        position={Position.Right}
        isConnectable={isConnectable}
        className="topic-node__handle"
      />
    </div>
  );
});
