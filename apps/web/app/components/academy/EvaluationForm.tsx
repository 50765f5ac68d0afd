// After a session has ended: a short evaluation (a rating from 1 to 5 and a comment), for
// members and guests alike; it shows in the record.
import { Form } from "react-router";

export function EvaluationForm({ busy }: { busy: boolean }) {
  return (
    <Form method="post" className="card evaluation-form" id="evaluation" noValidate>
      <h2>How was the session?</h2>
      <input type="hidden" name="intent" value="evaluate" />
      <fieldset>
        <legend>Your rating, from 1 (poor) to 5 (very good)</legend>
        {[1, 2, 3, 4, 5].map((rating) => (
          <span key={rating} className="radio">
            <input type="radio" id={`rating-${rating}`} name="rating" value={rating} />
            <label htmlFor={`rating-${rating}`}>{rating}</label>
          </span>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="evaluation-comment">Anything to tell us (optional)</label>
        <textarea id="evaluation-comment" name="comment" rows={3} maxLength={1000} />
      </div>
      <button type="submit" className="button" disabled={busy}>
        Send
      </button>
    </Form>
  );
}
