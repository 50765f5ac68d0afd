// Sign-off of the next release: the rule, each approver and what they said, a form for the
// approvers to approve or object, and (for admins) the rule and the list of approvers.
import { Form } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import { formatDateTime } from "@coproduce/shared/labels";
import { ErrorSummary } from "../ErrorSummary";
import { SelectField } from "../SelectField";
import { TextAreaField } from "../TextAreaField";

type SignOff = CallerOutputs["governance"]["signOff"]["overview"];
type FormName = "review" | "rule" | "approver";

interface SignOffPanelProps {
  signOff: SignOff;
  busy: boolean;
  errorFor(form: FormName): string | undefined;
  doneFor(form: FormName): string | undefined;
}

const RULE_CHOICES = [
  { value: "none", label: "No sign-off needed" },
  { value: "any", label: "Any one approver" },
  { value: "all", label: "Every approver" },
];

function Done({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="notice" role="status">
      {message}
    </p>
  );
}

function reviewText(review: NonNullable<SignOff["approvers"][number]["review"]>) {
  const verdict = review.verdict === "approved" ? "Approved" : "Objected";
  const earlier = review.current ? "" : " (on earlier text: the text has changed since)";
  return `${verdict} ${formatDateTime(review.createdAt)}${earlier}`;
}

export function SignOffPanel({ signOff, busy, errorFor, doneFor }: SignOffPanelProps) {
  return (
    <section className="card" aria-labelledby="sign-off-heading">
      <h2 id="sign-off-heading">Sign-off</h2>
      <p>
        Rule: <strong>{signOff.ruleName}</strong>.{" "}
        {signOff.rule === "none"
          ? "Publishers can publish without approval."
          : signOff.met
            ? "The rule is met: the next release can be published."
            : "The rule is not met yet."}{" "}
        An approval counts only for the text it was given on.
      </p>
      <Done message={doneFor("approver")} />
      <ErrorSummary message={errorFor("approver")} />
      {signOff.approvers.length === 0 ? (
        <p>No approvers are named.</p>
      ) : (
        <ul className="approver-list">
          {signOff.approvers.map((approver) => (
            <li key={approver.id}>
              <strong>{approver.name}</strong>, for {approver.organisationName}:{" "}
              {approver.review ? reviewText(approver.review) : "Not reviewed yet"}
              {approver.review?.comment && (
                <blockquote className="review-comment">{approver.review.comment}</blockquote>
              )}
              {signOff.canManage && (
                <Form method="post">
                  <input type="hidden" name="intent" value="remove-approver" />
                  <input type="hidden" name="approverId" value={approver.id} />
                  <button type="submit" className="link-button" disabled={busy}>
                    Remove {approver.name}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}

      {signOff.me && (
        <div className="review-form">
          <h3>Your review</h3>
          <Done message={doneFor("review")} />
          <ErrorSummary message={errorFor("review")} />
          <Form method="post" noValidate>
            <TextAreaField
              label="Comment"
              name="comment"
              hint="Needed if you object: say what should change."
              maxLength={2000}
              rows={3}
            />
            <div className="button-row">
              <button
                type="submit"
                name="intent"
                value="approve"
                className="button"
                disabled={busy}
              >
                Approve release
              </button>
              <button
                type="submit"
                name="intent"
                value="object"
                className="button button-secondary"
                disabled={busy}
              >
                Object
              </button>
            </div>
          </Form>
        </div>
      )}

      {signOff.canManage && (
        <details
          className="sign-off-settings"
          open={(["rule", "approver"] as const).some((form) => errorFor(form) || doneFor(form))}
        >
          <summary>Choose the rule and the approvers</summary>
          <Done message={doneFor("rule")} />
          <ErrorSummary message={errorFor("rule")} />
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="rule" />
            <SelectField
              label="Who must approve a release"
              name="rule"
              defaultValue={signOff.rule}
              options={RULE_CHOICES}
            />
            <button type="submit" className="button" disabled={busy}>
              Save rule
            </button>
          </Form>
          <h3>Name an approver</h3>
          {signOff.organisations.length === 0 ? (
            <p>Add partner organisations first: each approver signs off for one.</p>
          ) : (
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="add-approver" />
              <SelectField
                label="Person"
                name="userId"
                options={signOff.people.map((person) => ({ value: person.id, label: person.name }))}
              />
              <SelectField
                label="For the organisation"
                name="organisationId"
                options={signOff.organisations.map((organisation) => ({
                  value: organisation.id,
                  label: organisation.name,
                }))}
              />
              <button type="submit" className="button" disabled={busy}>
                Add approver
              </button>
            </Form>
          )}
        </details>
      )}
    </section>
  );
}
