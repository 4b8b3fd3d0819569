import { MAX_BREAK_MINUTES } from '../../domain/plan';
import { SessionLengthField } from './SessionLengthField';

type Props = {
  value: string;
  problem: string | undefined;
  onChange: (text: string) => void;
};

/** "Break between sessions": minutes kept free between two sessions of a day (0: back to back). */
export function BreakField({ value, problem, onChange }: Props) {
  return (
    <SessionLengthField
      label="Break between sessions"
      value={value}
      problem={problem}
      onChange={onChange}
      unit="minutes between two sessions of a day (0: back to back); not after busy time"
      min={0}
      max={MAX_BREAK_MINUTES}
    />
  );
}
