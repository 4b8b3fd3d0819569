import { useId } from 'react';
import { TOPIC_STATUS_CHOICES } from '../../domain';
import type { TopicStatus } from '../../domain';
import './status-checklist.css';

type Props = {
  status: TopicStatus;
  onChange: (status: TopicStatus) => void;
};

/** The topic's status as a radio group; N, I, D and S set it too while a topic is selected. */
export function StatusControl({ status, onChange }: Props) {
  const labelId = useId();
  const name = useId();
  return (
    <div className="status-control" role="radiogroup" aria-labelledby={labelId}>
      <h3 id={labelId}>Status</h3>
      <div className="status-control__options">
        {TOPIC_STATUS_CHOICES.map((option) => (
          <label key={option.status} className="status-control__option" data-status={option.status}>
            <input
              type="radio"
              name={name}
              value={option.status}
              checked={status === option.status}
              onChange={() => onChange(option.status)}
              aria-keyshortcuts={option.key}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
