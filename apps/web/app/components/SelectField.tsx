// A labelled drop-down list, the companion of FormField (see Field).
import { Field } from "./Field";

interface SelectFieldProps {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
}

export function SelectField({ label, name, options, defaultValue }: SelectFieldProps) {
  return (
    <Field label={label}>
      {(control) => (
        <select {...control} name={name} defaultValue={defaultValue}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
