// A new readiness self-assessment: a score from 1 to 5 for each of the 12 practical
// considerations, with evidence and actions.
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/assessment";
import { attempt, load } from "../../../lib/trpc-errors.server";
import { field } from "../../../lib/form";
import { READINESS_DESCRIPTORS } from "@coproduce/shared/vocabulary";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { FormField } from "../../../components/FormField";
import { TextAreaField } from "../../../components/TextAreaField";

export const meta: Route.MetaFunction = () => [{ title: "Readiness assessment – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const input = { programmeSlug: params.slug, partnershipId: params.partnershipId };
  const partnership = await load(request, () => context.trpc.partnerships.get(input));
  const considerations = await context.trpc.readiness.considerations({
    programmeSlug: params.slug,
  });
  const [latest] = await context.trpc.readiness.history(input);
  return { partnership, considerations, latest, today: new Date().toISOString().slice(0, 10) };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const considerations = await context.trpc.readiness.considerations({
    programmeSlug: params.slug,
  });
  const result = await attempt(() =>
    context.trpc.readiness.create({
      programmeSlug: params.slug,
      partnershipId: params.partnershipId,
      assessedOn: field(form, "assessedOn"),
      scores: considerations.map((c) => ({
        considerationId: c.id,
        score: field(form, `score-${c.id}`),
        evidence: field(form, `evidence-${c.id}`),
        actions: field(form, `actions-${c.id}`),
      })),
    }),
  );
  if (!result.ok) return result.response;
  return redirect(`/p/${params.slug}/delivery-models/${params.partnershipId}#readiness`);
}

export default function Assessment({ loaderData, actionData, params }: Route.ComponentProps) {
  const { partnership, considerations, latest, today } = loaderData;
  const previous = new Map(latest?.scores.map((s) => [s.considerationId, s]) ?? []);
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/p/${params.slug}/delivery-models/${partnership.id}`}>{partnership.name}</Link>
      </p>
      <h1>Readiness assessment</h1>
      <p className="lead">
        Score {partnership.name} from 1 to 5 against each practical consideration. Scores start from
        the last assessment, if there was one.
      </p>
      <ErrorSummary message={actionData?.formError} />
      <Form method="post" className="score-grid">
        <FormField
          label="Date of the assessment"
          name="assessedOn"
          type="date"
          defaultValue={today}
          error={actionData?.fieldErrors?.assessedOn}
        />
        {considerations.map((c) => {
          const before = previous.get(c.id);
          return (
            <fieldset key={c.id}>
              <legend>
                {c.number}. {c.title}
              </legend>
              <p className="hint">{c.description}</p>
              <div className="field">
                {[1, 2, 3, 4, 5].map((score) => (
                  <label key={score} className="radio-option">
                    <input
                      type="radio"
                      name={`score-${c.id}`}
                      value={score}
                      defaultChecked={(before?.score ?? 1) === score}
                    />{" "}
                    {score}: {READINESS_DESCRIPTORS[score]}
                  </label>
                ))}
              </div>
              <TextAreaField
                label={`Evidence for ${c.title}`}
                name={`evidence-${c.id}`}
                defaultValue={before?.evidence}
                rows={2}
              />
              <TextAreaField
                label={`Actions for ${c.title}`}
                name={`actions-${c.id}`}
                defaultValue={before?.actions}
                rows={2}
              />
            </fieldset>
          );
        })}
        <button type="submit" className="button">
          Save assessment
        </button>
      </Form>
    </>
  );
}
