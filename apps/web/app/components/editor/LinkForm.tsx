// The address of a new link, asked for in the page (not window.prompt, which screen readers and
// phones handle poorly): a labelled field, Enter saves, Escape cancels, unsafe addresses refused.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { isSafeLinkUrl } from "@coproduce/editor";

export const UNSAFE_LINK_MESSAGE =
  "This address cannot be a link. Start it with https://, http:// or mailto:.";

export function LinkForm({
  onSave,
  onCancel,
}: {
  onSave: (url: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState("");
  useEffect(() => input.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const url = (input.current?.value ?? "").trim();
    if (!isSafeLinkUrl(url)) {
      setError(UNSAFE_LINK_MESSAGE);
      input.current?.focus();
      return;
    }
    onSave(url);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onCancel();
  };

  return (
    <form className="link-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <div className="field">
        <label htmlFor={`${id}-url`}>Link address</label>
        <p className="hint" id={`${id}-hint`}>
          For example https://www.nhs.uk. Press Enter to add the link, Escape to cancel.
        </p>
        {error && (
          <p className="error-message" id={`${id}-error`}>
            {error}
          </p>
        )}
        <input
          ref={input}
          id={`${id}-url`}
          name="url"
          type="text"
          inputMode="url"
          autoComplete="url"
          defaultValue="https://"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          Add link
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
