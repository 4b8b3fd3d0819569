import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { SectionNode as SectionNodeType } from './graph-elements';
import { phaseSlot } from '../../ui';
import './section-node.css';

/** A section's box behind its topics; a labelled block when zoomed far out. */
export const SectionNode = memo(function SectionNode({ data }: NodeProps<SectionNodeType>) {
  const label = `${data.number}. ${data.title}`;
  if (data.block) {
    return (
      <div className="section-node" data-phase={phaseSlot(data.phaseNumber)} data-block title={label}>
        <span className="section-node__number">{data.number}</span>
        <span className="section-node__title">{data.title}</span>
        <span className="section-node__count">
          {data.topicCount} {data.topicCount === 1 ? 'topic' : 'topics'} · {Math.round(data.percent)} %
        </span>
      </div>
    );
  }
  return (
    <div className="section-node" data-phase={phaseSlot(data.phaseNumber)}>
      <span className="section-node__title" title={label}>
        <span className="section-node__number">{data.number}</span> {data.title}
      </span>
      {data.percent > 0 && (
        <span className="section-node__percent" title={`${Math.round(data.percent)} % of its hours done`}>
          {Math.round(data.percent)} %
        </span>
      )}
    </div>
  );
});
