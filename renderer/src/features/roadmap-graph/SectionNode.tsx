import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { SectionNode as SectionNodeType } from './graph-elements';
import { phaseSlot } from './phase-slot';

/** A section's box behind its topics; a labelled block when zoomed far out. */
export const SectionNode = memo(function SectionNode({ data }: NodeProps<SectionNodeType>) {
  return (
    <div
      className="section-node"
      data-phase={phaseSlot(data.phaseNumber)}
      data-block={data.block || undefined}
    >
      <span className="section-node__title">
        <span className="section-node__number">{data.number}</span> {data.title}
      </span>
      {data.block && (
        <span className="section-node__count">
          {data.topicCount} {data.topicCount === 1 ? 'topic' : 'topics'}
        </span>
      )}
    </div>
  );
});
