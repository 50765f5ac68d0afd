// The consent people give with feedback, word for word as it is stored.
import { FEEDBACK_CONSENT_TEXT } from "@coproduce/shared/vocabulary";

export function ConsentQuestion({ error, checked }: { error?: string; checked?: boolean }) {
  return (
    <div className={error ? "field checkbox field-error" : "field checkbox"}>
      {error && (
        <p className="error-message" id="consent-error">
          {error}
        </p>
      )}
      <input
        type="checkbox"
        id="consent"
        name="consent"
        value="yes"
        defaultChecked={checked}
        aria-describedby={error ? "consent-error" : undefined}
      />
      <label htmlFor="consent">{FEEDBACK_CONSENT_TEXT}</label>
    </div>
  );
}
