// One piece of feedback for a moderator: what the person wrote, then three steps — prepare
// the public text (remove personal details, themes, owner), respond, and publish or reject.
import { data, Form, Link, useNavigation } from "react-router";
import { FEEDBACK_LIMITS, FEEDBACK_STATUSES } from "@coproduce/shared/vocabulary";
import type { Route } from "./+types/feedback-item";
import { attempt, formError, load } from "../../../lib/trpc-errors.server";
import { choiceField, field } from "../../../lib/form";
import { feedbackStatusLabel, formatDate, ratingLabel } from "@coproduce/shared/labels";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { FormField } from "../../../components/FormField";
import { SelectField } from "../../../components/SelectField";
import { TextAreaField } from "../../../components/TextAreaField";

export const meta: Route.MetaFunction = () => [{ title: "Moderate feedback – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  return load(request, () =>
    context.trpc.feedbackModeration.item({
      programmeSlug: params.slug,
      feedbackId: params.feedbackId,
    }),
  );
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const trpc = context.trpc.feedbackModeration;
  const common = { programmeSlug: params.slug, feedbackId: params.feedbackId };
  const intent = field(form, "intent");
  const run = async (mutation: () => Promise<unknown>, done: string) => {
    const result = await attempt(mutation);
    if (!result.ok) return { ...result.response.data, intent };
    return { done, intent };
  };
  switch (intent) {
    case "prepare":
      return run(
        () =>
          trpc.prepare({
            ...common,
            publicBody: field(form, "publicBody"),
            themes: field(form, "themes"),
            ownerId: field(form, "ownerId") || null,
          }),
        "Saved the text to publish, the themes and the owner.",
      );
    case "respond":
      return run(
        () =>
          trpc.respond({
            ...common,
            status: choiceField(
              form,
              "status",
              FEEDBACK_STATUSES,
              "Choose a status from the list.",
            ),
            response: field(form, "response"),
            change: field(form, "change"),
          }),
        "Response saved. The person can see it through their private link.",
      );
    case "approve":
      return run(
        () => trpc.decide({ ...common, decision: "approve" }),
        "Published on the “You said, we did” page.",
      );
    case "reject":
      return run(
        () => trpc.decide({ ...common, decision: "reject", reason: field(form, "reason") }),
        "Marked as not published. It stays here for the record.",
      );
    default:
      return data(
        { ...formError("Something went wrong. Please try again."), intent },
        { status: 400 },
      );
  }
}

export default function FeedbackItem({ loaderData, actionData, params }: Route.ComponentProps) {
  const { feedback, suggestedPublicBody, programmeThemes, possibleOwners, changeOptions } =
    loaderData;
  const busy = useNavigation().state !== "idle";
  const errorsFor = (intent: string) =>
    actionData && "formError" in actionData && actionData.intent === intent
      ? actionData
      : undefined;
  const done = actionData && "done" in actionData ? actionData.done : undefined;
  const moderationLabel =
    feedback.moderation === "approved"
      ? "Published"
      : feedback.moderation === "rejected"
        ? `Not published: ${feedback.rejectionReason}`
        : "Waiting for moderation";
  const themesId = "programme-themes";

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/p/${params.slug}/feedback`}>Feedback</Link> › About {feedback.targetTitle}
      </nav>
      <h1>Feedback about {feedback.targetTitle}</h1>
      <p className="meta">
        {moderationLabel}. Status: {feedbackStatusLabel(feedback.status)}.
      </p>
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}

      <section className="card" aria-labelledby="original-heading">
        <h2 id="original-heading">What they wrote</h2>
        <p className="meta">Only moderators see this. It is never published as it is.</p>
        <blockquote className="preserve-lines">{feedback.body}</blockquote>
        <dl className="answers">
          <div>
            <dt>Rating</dt>
            <dd>{ratingLabel(feedback.rating)}</dd>
          </div>
          <div>
            <dt>Who they are</dt>
            <dd>{feedback.stakeholderGroup?.name ?? "Not said"}</dd>
          </div>
          <div>
            <dt>Where they live</dt>
            <dd>{feedback.place?.name ?? "Not said"}</dd>
          </div>
          <div>
            <dt>Name and contact</dt>
            <dd>{[feedback.name, feedback.contact].filter(Boolean).join(", ") || "Not given"}</dd>
          </div>
          <div>
            <dt>Sent</dt>
            <dd>
              {formatDate(feedback.createdAt)}
              {feedback.releaseVersion ? `, reading release ${feedback.releaseVersion}` : ""}
            </dd>
          </div>
          <div>
            <dt>Consent given</dt>
            <dd>{feedback.consentText}</dd>
          </div>
        </dl>
      </section>

      <section className="card" aria-labelledby="prepare-heading">
        <h2 id="prepare-heading">1. Prepare it for publishing</h2>
        <ErrorSummary message={errorsFor("prepare")?.formError} />
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="prepare" />
          <TextAreaField
            label="Text to publish"
            name="publicBody"
            hint="Remove names, phone numbers, addresses and anything else that could identify someone. Phone numbers, email addresses and NHS numbers are removed for you."
            defaultValue={suggestedPublicBody}
            maxLength={FEEDBACK_LIMITS.body}
            error={errorsFor("prepare")?.fieldErrors.publicBody}
          />
          <FormField
            label="Themes"
            name="themes"
            hint="Separate themes with commas. Choose from the programme's list or add your own."
            list={themesId}
            defaultValue={feedback.themes.join(", ")}
            error={errorsFor("prepare")?.fieldErrors.themes}
          />
          <datalist id={themesId}>
            {programmeThemes.map((theme) => (
              <option key={theme} value={theme} />
            ))}
          </datalist>
          <p className="meta">Programme themes: {programmeThemes.join(", ") || "none yet"}.</p>
          <SelectField
            label="Owner"
            name="ownerId"
            defaultValue={feedback.owner?.id ?? ""}
            options={[
              { value: "", label: "Nobody yet" },
              ...possibleOwners.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
          <button type="submit" className="button" disabled={busy}>
            Save
          </button>
        </Form>
      </section>

      <section className="card" aria-labelledby="respond-heading">
        <h2 id="respond-heading">2. Respond: you said, we did</h2>
        <ErrorSummary message={errorsFor("respond")?.formError} />
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="respond" />
          <SelectField
            label="Status"
            name="status"
            defaultValue={feedback.status}
            options={FEEDBACK_STATUSES.map((s) => ({ value: s, label: feedbackStatusLabel(s) }))}
          />
          <TextAreaField
            label="Response"
            name="response"
            hint="In plain words: what you did, or why nothing changed."
            defaultValue={feedback.response ?? ""}
            maxLength={FEEDBACK_LIMITS.response}
            error={errorsFor("respond")?.fieldErrors.response}
          />
          <SelectField
            label="What changed (optional)"
            name="change"
            defaultValue={
              feedback.changeType && feedback.changeId
                ? `${feedback.changeType}:${feedback.changeId}`
                : ""
            }
            options={[{ value: "", label: "Nothing to link" }, ...changeOptions]}
          />
          <button type="submit" className="button" disabled={busy}>
            Save response
          </button>
        </Form>
      </section>

      <section className="card" aria-labelledby="decide-heading">
        <h2 id="decide-heading">3. Publish or not</h2>
        <ErrorSummary message={errorsFor("approve")?.formError ?? errorsFor("reject")?.formError} />
        {/* Already published: say so, with no second Publish button to wonder about. */}
        {feedback.moderation === "approved" ? (
          <p>
            Published. Anyone can read it on{" "}
            <Link to={`/feedback/${params.slug}`}>the “you said, we did” page</Link>.
          </p>
        ) : (
          <Form method="post" className="button-row">
            <input type="hidden" name="intent" value="approve" />
            <button type="submit" className="button" disabled={busy}>
              Publish
            </button>
          </Form>
        )}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="reject" />
          <FormField
            label="Reason for not publishing"
            name="reason"
            maxLength={500}
            error={errorsFor("reject")?.fieldErrors.reason}
          />
          <button type="submit" className="button button-secondary" disabled={busy}>
            Do not publish
          </button>
        </Form>
      </section>
    </>
  );
}
