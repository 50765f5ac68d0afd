// Editing or Suggesting, as in Google Docs. Editors choose; people who may only suggest see
// that their words will be suggestions.
export type EditMode = "editing" | "suggesting";

export function ModeSwitch({
  mode,
  onChange,
  canEditDirectly,
}: {
  mode: EditMode;
  onChange(mode: EditMode): void;
  canEditDirectly: boolean;
}) {
  if (!canEditDirectly) {
    return (
      <p className="editor-mode-note">
        <strong>Suggesting.</strong> Your changes show as suggestions until an editor accepts them.
      </p>
    );
  }
  return (
    <fieldset className="editor-mode">
      <legend className="visually-hidden">How your changes go in</legend>
      {(
        [
          ["editing", "Editing"],
          ["suggesting", "Suggesting"],
        ] as const
      ).map(([value, label]) => (
        <label key={value} className="editor-mode-option">
          <input
            type="radio"
            name="editor-mode"
            value={value}
            checked={mode === value}
            onChange={() => onChange(value)}
          />{" "}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
