import { useId } from 'react';
import type { TopicStatus } from '../../domain';

const OPTIONS: readonly { value: TopicStatus; label: string; key: string }[] = [
  { value: 'todo', label: 'Not started', key: 'N' },
  { value: 'doing', label: 'In progress', key: 'I' },
  { value: 'done', label: 'Done', key: 'D' },
  { value: 'skipped', label: 'Skipped', key: 'S' },
];

type Props = {
  status: TopicStatus;
  onChange: (status: TopicStatus) => void;
};

/** The topic's status as a radio group; the keys in brackets work while a topic is selected. */
export function StatusControl({ status, onChange }: Props) {
  const labelId = useId();
  const name = useId();
  return (
    <div className="status-control" role="radiogroup" aria-labelledby={labelId}>
      <h3 id={labelId}>Status</h3>
      <div className="status-control__options">
        {OPTIONS.map((option) => (
          <label key={option.value} className="status-control__option" data-status={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={status === option.value}
              onChange={() => onChange(option.value)}
              aria-keyshortcuts={option.key}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
