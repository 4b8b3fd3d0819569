import type { ChecklistItem } from '../../domain';
import { InlineText } from '../../ui/InlineText';

type Props = {
  items: readonly ChecklistItem[];
  checked: ReadonlySet<string>;
  onToggle: (itemId: string, checked: boolean) => void;
};

/** The topic's sub-points as checkboxes, each named by its text. */
export function Checklist({ items, checked, onToggle }: Props) {
  if (items.length === 0) return <p className="topic-panel__empty">No sub-points listed.</p>;
  return (
    <ul className="checklist">
      {items.map((item) => (
        <li key={item.id}>
          <label className="checklist__item">
            <input
              type="checkbox"
              checked={checked.has(item.id)}
              onChange={(event) => onToggle(item.id, event.target.checked)}
            />
            <span>
              <InlineText spans={item.spans} />
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
