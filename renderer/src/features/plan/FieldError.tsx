type Props = {
  id: string;
  problem: string | undefined;
};

/** A field's inline problem; the field points here with `aria-describedby` (see `fieldAria`). */
export function FieldError({ id, problem }: Props) {
  if (!problem) return null;
  return (
    <p id={id} className="plan-field__error">
      <span className="plan-field__mark" aria-hidden="true">
        !
      </span>
      {problem}
    </p>
  );
}
