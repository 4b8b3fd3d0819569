type Props = {
  label: string;
  /** 0–100 */
  percent: number;
  detail: string;
};

/** One labelled bar: the share of estimated hours done, with the topic count beside it. */
export function ProgressBar({ label, percent, detail }: Props) {
  const shown = Math.round(percent);
  return (
    <div className="progress-row">
      <div className="progress-row__text">
        <span className="progress-row__label">{label}</span>
        <span className="progress-row__detail">{detail}</span>
      </div>
      <div
        className="progress-row__bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={shown}
        aria-valuetext={`${shown} % of hours done; ${detail}`}
      >
        <span className="progress-row__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-row__percent">{shown} %</span>
    </div>
  );
}
