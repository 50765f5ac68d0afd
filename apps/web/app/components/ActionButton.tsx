// A one-button form that posts an intent and its fields to the page's action: the accessible,
// works-without-JavaScript way to offer "Archive", "Restore", "Move up" and the like.
import { Form } from "react-router";

interface ActionButtonProps {
  /** Hidden fields sent with the post, e.g. { intent: "archive", sectionId }. */
  fields: Record<string, string>;
  /** The button's accessible name, when its visible text alone would be ambiguous. */
  label?: string;
  className: string;
  disabled?: boolean;
  id?: string;
  title?: string;
  onClick?: () => void;
  children: React.ReactNode;
}

export function ActionButton({
  fields,
  label,
  className,
  disabled,
  id,
  title,
  onClick,
  children,
}: ActionButtonProps) {
  return (
    <Form method="post" preventScrollReset>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        className={className}
        disabled={disabled}
        id={id}
        title={title}
        aria-label={label}
        onClick={onClick}
      >
        {children}
      </button>
    </Form>
  );
}
