// A labelled input with its hint and error message tied to it (see Field).
import { Field } from "./Field";

interface FormFieldProps extends React.InputHTMLAttributes<HTMLInputElement> {
  label: string;
  name: string;
  error?: string;
  hint?: string;
}

export function FormField({ label, name, error, hint, ...input }: FormFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => <input {...control} name={name} {...input} />}
    </Field>
  );
}
