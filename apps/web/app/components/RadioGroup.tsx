// A question answered by choosing one option: a fieldset whose legend is the question, with its
// hint and error tied to it (GOV.UK radios pattern).
import { useId } from "react";

interface RadioGroupProps {
  legend: React.ReactNode;
  name: string;
  options: { value: string; label: string; hint?: string }[];
  defaultValue?: string;
  error?: string;
  hint?: string;
  /** Shows the legend as the page heading, for one-question-per-page forms. */
  legendIsHeading?: boolean;
}

export function RadioGroup({
  legend,
  name,
  options,
  defaultValue,
  error,
  hint,
  legendIsHeading,
}: RadioGroupProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={error ? "field radios field-error" : "field radios"}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
    >
      <legend>{legendIsHeading ? <h1>{legend}</h1> : legend}</legend>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-message" id={errorId}>
          {error}
        </p>
      )}
      {options.map((option, index) => (
        <div className="radio" key={option.value}>
          <input
            type="radio"
            id={`${id}-${index}`}
            name={name}
            value={option.value}
            defaultChecked={defaultValue === option.value}
            aria-describedby={option.hint ? `${id}-${index}-hint` : undefined}
          />
          <label htmlFor={`${id}-${index}`}>{option.label}</label>
          {option.hint && (
            <p className="hint" id={`${id}-${index}-hint`}>
              {option.hint}
            </p>
          )}
        </div>
      ))}
    </fieldset>
  );
}
