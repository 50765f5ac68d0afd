// Give feedback, no account needed: every question on one page. Easy read asks one question
// per page instead. Both send the same thing.
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { FEEDBACK_LIMITS, FEEDBACK_RATINGS } from "@coproduce/shared/vocabulary";
import type { Route } from "./+types/feedback-give";
import { attempt, load } from "../../lib/trpc-errors.server";
import { field } from "../../lib/form";
import { feedbackTargetParam, parseFeedbackTarget } from "@coproduce/shared/feedback-targets";
import { submissionFrom } from "../../lib/feedback-form.server";
import { readAnswers } from "../../lib/feedback-answers";
import { PublicShell } from "../../components/PublicShell";
import { ErrorSummary } from "../../components/ErrorSummary";
import { FormField } from "../../components/FormField";
import { TextAreaField } from "../../components/TextAreaField";
import { RadioGroup } from "../../components/RadioGroup";
import { SelectField } from "../../components/SelectField";
import { Honeypot } from "../../components/feedback/Honeypot";
import { ConsentQuestion } from "../../components/feedback/ConsentQuestion";
import { withoutScripts } from "../../lib/page-scripts";

// Plain HTML: readers get no scripts (see lib/page-scripts.ts).
export const handle = withoutScripts;

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `Give feedback${data ? ` on ${data.target.title}` : ""} – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const target = parseFeedbackTarget(new URL(request.url).searchParams.get("on"));
  const options = await load(request, () =>
    context.trpc.feedback.formOptions({ programmeSlug: params.slug, target }),
  );
  return { ...options, on: feedbackTargetParam(target), signedIn: Boolean(context.user) };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const target = parseFeedbackTarget(new URL(request.url).searchParams.get("on"));
  const result = await attempt(() =>
    context.trpc.feedback.submit(
      submissionFrom(params.slug, target, readAnswers(form), field(form, "website")),
    ),
  );
  // Readers have no scripts here, so the page that shows the errors must give back what they
  // typed: nobody should have to write their feedback twice.
  if (!result.ok) {
    return data(
      { ...result.response.data, values: keptAnswers(form) },
      result.response.init ?? undefined,
    );
  }
  throw redirect(`/feedback/track/${result.value.trackToken}?sent=1`);
}

const KEPT_FIELDS = ["rating", "body", "group", "place", "name", "contact", "replyEmail"] as const;

function keptAnswers(form: FormData) {
  const values = Object.fromEntries(KEPT_FIELDS.map((name) => [name, field(form, name)]));
  return { ...values, consent: field(form, "consent") !== "" } as Record<
    (typeof KEPT_FIELDS)[number],
    string
  > & { consent: boolean };
}

export default function GiveFeedback({ loaderData, actionData, params }: Route.ComponentProps) {
  const { programme, target, stakeholderGroups, places, on, signedIn } = loaderData;
  const busy = useNavigation().state !== "idle";
  const errors = actionData && "formError" in actionData ? actionData : undefined;
  const fieldErrors = errors?.fieldErrors ?? {};
  const values = actionData && "values" in actionData ? actionData.values : undefined;
  return (
    <PublicShell home={{ to: `/feedback/${params.slug}`, label: programme.name }}>
      <h1>Give feedback</h1>
      <p className="lead">
        About: <strong>{target.title}</strong>. You do not need an account.
      </p>
      <p>
        <Link to={`/feedback/${params.slug}/easy-read?on=${encodeURIComponent(on)}`}>
          Use easy read: one question at a time, in large text
        </Link>
      </p>
      <ErrorSummary message={errors?.formError} />
      <Form method="post" noValidate className="feedback-form">
        <RadioGroup
          legend="How do you feel about it?"
          name="rating"
          options={[
            ...FEEDBACK_RATINGS.map((r) => ({ value: String(r.value), label: r.label })),
            { value: "", label: "I do not want to say" },
          ]}
          error={fieldErrors.rating}
          defaultValue={values?.rating}
        />
        <TextAreaField
          label="What would you like to tell us?"
          name="body"
          hint={`Please do not include anything private about other people. Up to ${FEEDBACK_LIMITS.body.toLocaleString("en-GB")} characters.`}
          maxLength={FEEDBACK_LIMITS.body}
          required
          error={fieldErrors.body}
          defaultValue={values?.body}
        />
        <SelectField
          label="Who are you? (optional)"
          name="group"
          options={[
            { value: "", label: "I do not want to say" },
            ...stakeholderGroups.map((g) => ({ value: g.key, label: g.name })),
          ]}
          defaultValue={values?.group}
        />
        <SelectField
          label="Where do you live? (optional)"
          name="place"
          options={[
            { value: "", label: "I do not want to say" },
            ...places.map((p) => ({ value: p.id, label: p.name })),
          ]}
          defaultValue={values?.place}
        />
        <FormField
          label={programme.allowAnonymousFeedback ? "Your name (optional)" : "Your name"}
          name="name"
          autoComplete="name"
          maxLength={FEEDBACK_LIMITS.name}
          error={fieldErrors.name}
          defaultValue={values?.name}
        />
        <FormField
          label="How can we contact you? (optional)"
          name="contact"
          hint="An email address or phone number, if you would like the team to get in touch. We never publish it."
          maxLength={FEEDBACK_LIMITS.contact}
          error={fieldErrors.contact}
          defaultValue={values?.contact}
        />
        <FormField
          label="Email me the reply (optional)"
          name="replyEmail"
          type="email"
          autoComplete="email"
          hint="We will email you once the programme replies to this feedback, with a private link to read the reply. We use this address for nothing else and never publish it."
          maxLength={254}
          error={fieldErrors.replyEmail}
          defaultValue={values?.replyEmail}
        />
        {signedIn && (
          <p className="hint">You are signed in, so you will also see the reply in Coproduce.</p>
        )}
        <ConsentQuestion error={fieldErrors.consent} checked={values?.consent} />
        <Honeypot />
        <button type="submit" className="button" disabled={busy}>
          Send feedback
        </button>
      </Form>
    </PublicShell>
  );
}
