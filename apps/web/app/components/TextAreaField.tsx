// A labelled multi-line text box with its hint and error message tied to it (see Field).
import { Field } from "./Field";

interface TextAreaFieldProps extends React.TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  name: string;
  error?: string;
  hint?: string;
}

export function TextAreaField({ label, name, error, hint, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => <textarea {...control} name={name} rows={5} {...textarea} />}
    </Field>
  );
}
