// Easy read feedback: one short question per page, large text, plain words. Works without
// JavaScript: the answers so far travel in the form, and the server decides the next page.
import { Form, redirect, useNavigation } from "react-router";
import { FEEDBACK_LIMITS, FEEDBACK_RATINGS } from "@coproduce/shared/vocabulary";
import type { Route } from "./+types/feedback-easy-read";
import { attempt, load } from "../../lib/trpc-errors.server";
import { field } from "../../lib/form";
import { feedbackTargetParam, parseFeedbackTarget } from "@coproduce/shared/feedback-targets";
import { submissionFrom } from "../../lib/feedback-form.server";
import { ANSWER_FIELDS, readAnswers, type Answers } from "../../lib/feedback-answers";
import {
  EASY_READ_STEPS,
  answersOnStep,
  checkEasyReadStep,
  type EasyReadStep,
} from "../../lib/easy-read-steps";
import { PublicShell } from "../../components/PublicShell";
import { ErrorSummary } from "../../components/ErrorSummary";
import { RadioGroup } from "../../components/RadioGroup";
import { Honeypot } from "../../components/feedback/Honeypot";
import { ConsentQuestion } from "../../components/feedback/ConsentQuestion";
import { EasyReadAnswers } from "../../components/feedback/EasyReadAnswers";
import { withoutScripts } from "../../lib/page-scripts";

// Plain HTML: readers get no scripts (see lib/page-scripts.ts).
export const handle = withoutScripts;

export const meta: Route.MetaFunction = () => [{ title: "Tell us what you think – easy read" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const target = parseFeedbackTarget(new URL(request.url).searchParams.get("on"));
  const options = await load(request, () =>
    context.trpc.feedback.formOptions({ programmeSlug: params.slug, target }),
  );
  return { ...options, on: feedbackTargetParam(target) };
}

interface StepState {
  step: EasyReadStep;
  answers: Answers;
  error?: string;
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const answers = readAnswers(form);
  const step = (EASY_READ_STEPS as readonly string[]).includes(field(form, "step"))
    ? (field(form, "step") as EasyReadStep)
    : "rating";
  const index = EASY_READ_STEPS.indexOf(step);
  const intent = field(form, "intent");

  if (intent === "back") {
    return { step: EASY_READ_STEPS[Math.max(0, index - 1)]!, answers } satisfies StepState;
  }
  if (intent === "send") {
    const target = parseFeedbackTarget(new URL(request.url).searchParams.get("on"));
    const result = await attempt(() =>
      context.trpc.feedback.submit(
        submissionFrom(params.slug, target, answers, field(form, "website")),
      ),
    );
    if (result.ok) throw redirect(`/feedback/track/${result.value.trackToken}?sent=1&easy=1`);
    const errors = result.response.data;
    return { step, answers, error: errors.formError } satisfies StepState;
  }
  const allowAnonymous = field(form, "allowAnonymous") === "yes";
  const error = checkEasyReadStep(step, answers, allowAnonymous);
  if (error) return { step, answers, error } satisfies StepState;
  return { step: EASY_READ_STEPS[Math.min(index + 1, EASY_READ_STEPS.length - 1)]!, answers };
}

export default function EasyReadFeedback({ loaderData, actionData, params }: Route.ComponentProps) {
  const { programme, target, stakeholderGroups, places } = loaderData;
  const busy = useNavigation().state !== "idle";
  const state: StepState = actionData ?? {
    step: "rating",
    answers: Object.fromEntries(ANSWER_FIELDS.map((n) => [n, ""])) as Answers,
  };
  const { step, answers, error } = state;
  const index = EASY_READ_STEPS.indexOf(step);
  const questionCount = EASY_READ_STEPS.length - 1;
  // Every answer except those asked on this page travels as a hidden field.
  const carried = ANSWER_FIELDS.filter((name) => !answersOnStep(step).includes(name));

  return (
    <PublicShell home={{ to: `/feedback/${params.slug}`, label: programme.name }}>
      <div className="easy-read">
        <p className="meta">
          {step === "check" ? "Last page" : `Question ${index + 1} of ${questionCount}`}
        </p>
        <ErrorSummary message={error} />
        <Form method="post" noValidate key={step}>
          <input type="hidden" name="step" value={step} />
          <input
            type="hidden"
            name="allowAnonymous"
            value={programme.allowAnonymousFeedback ? "yes" : "no"}
          />
          {carried.map((name) => (
            <input key={name} type="hidden" name={name} value={answers[name]} />
          ))}

          {step === "rating" && (
            <RadioGroup
              legendIsHeading
              legend={`What do you think of “${target.title}”?`}
              name="rating"
              defaultValue={answers.rating}
              options={[
                ...FEEDBACK_RATINGS.map((r) => ({ value: String(r.value), label: r.label })),
                { value: "", label: "I do not want to say" },
              ]}
            />
          )}
          {step === "body" && (
            <div className="field">
              <h1>
                <label htmlFor="body">What do you want to tell us?</label>
              </h1>
              <p className="hint" id="body-hint">
                Write as much or as little as you like. Please do not write private things about
                other people.
              </p>
              <textarea
                id="body"
                name="body"
                rows={7}
                maxLength={FEEDBACK_LIMITS.body}
                defaultValue={answers.body}
                aria-describedby="body-hint"
              />
            </div>
          )}
          {step === "group" && (
            <RadioGroup
              legendIsHeading
              legend="Who are you?"
              hint="This helps us check that everyone has a say."
              name="group"
              defaultValue={answers.group}
              options={[
                ...stakeholderGroups.map((g) => ({
                  value: g.key,
                  label: g.name,
                  hint: g.description,
                })),
                { value: "", label: "I do not want to say" },
              ]}
            />
          )}
          {step === "place" && (
            <RadioGroup
              legendIsHeading
              legend="Where do you live?"
              name="place"
              defaultValue={answers.place}
              options={[
                ...places.map((p) => ({ value: p.id, label: p.name })),
                { value: "", label: "I do not want to say" },
              ]}
            />
          )}
          {step === "name" && (
            <>
              <h1>Your name and how to contact you</h1>
              <p className="hint">
                {programme.allowAnonymousFeedback
                  ? "You do not have to tell us. Leave these empty if you like."
                  : "Please tell us your name. Contact details are up to you."}{" "}
                We never publish them.
              </p>
              <div className="field">
                <label htmlFor="name">Your name</label>
                <input
                  id="name"
                  name="name"
                  autoComplete="name"
                  maxLength={FEEDBACK_LIMITS.name}
                  defaultValue={answers.name}
                />
              </div>
              <div className="field">
                <label htmlFor="contact">Email or phone number</label>
                <input
                  id="contact"
                  name="contact"
                  maxLength={FEEDBACK_LIMITS.contact}
                  defaultValue={answers.contact}
                />
              </div>
            </>
          )}
          {step === "reply" && (
            <>
              <h1>Do you want us to email you our reply?</h1>
              <p className="hint">
                If you do, write your email address. We will email you when the programme replies,
                with a private link to read the reply. We use your email address for nothing else.
                We never publish it. Leave it empty if you like.
              </p>
              <div className="field">
                <label htmlFor="replyEmail">Your email address</label>
                <input
                  id="replyEmail"
                  name="replyEmail"
                  type="email"
                  autoComplete="email"
                  maxLength={254}
                  defaultValue={answers.replyEmail}
                />
              </div>
            </>
          )}
          {step === "consent" && (
            <>
              <h1>Can we keep what you said?</h1>
              <ConsentQuestion checked={answers.consent === "yes"} />
            </>
          )}
          {step === "check" && (
            <>
              <h1>Check your answers</h1>
              <EasyReadAnswers
                answers={answers}
                targetTitle={target.title}
                groups={stakeholderGroups}
                places={places}
              />
              <Honeypot />
            </>
          )}

          <div className="button-row">
            {index > 0 && (
              <button
                type="submit"
                name="intent"
                value="back"
                className="button button-secondary"
                disabled={busy}
              >
                Back
              </button>
            )}
            {step === "check" ? (
              <button type="submit" name="intent" value="send" className="button" disabled={busy}>
                Send
              </button>
            ) : (
              <button type="submit" name="intent" value="next" className="button" disabled={busy}>
                Next
              </button>
            )}
          </div>
        </Form>
      </div>
    </PublicShell>
  );
}
