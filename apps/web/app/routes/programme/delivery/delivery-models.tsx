import { Link, redirect } from "react-router";
import type { Route } from "./+types/delivery-models";
import { attempt, formError, load } from "../../../lib/trpc-errors.server";
import {
  careModelLabel,
  formatDate,
  formatNumber,
  partnershipStatusLabel,
} from "@coproduce/shared/labels";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { PartnershipForm, partnershipFromForm } from "../../../components/delivery/PartnershipForm";
import { field } from "../../../lib/form";

export const meta: Route.MetaFunction = () => [{ title: "Delivery models – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const programmeSlug = params.slug;
  const partnerships = await load(request, () => context.trpc.partnerships.list({ programmeSlug }));
  const abilities = await context.trpc.partnerships.abilities({ programmeSlug });
  const options = abilities.canCreate
    ? await context.trpc.partnerships.formOptions({ programmeSlug })
    : null;
  return { partnerships, abilities, options };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  if (field(form, "intent") !== "create") return formError("We did not understand that request.");
  const result = await attempt(() =>
    context.trpc.partnerships.create({ programmeSlug: params.slug, ...partnershipFromForm(form) }),
  );
  if (!result.ok) return result.response;
  return redirect(`/p/${params.slug}/delivery-models/${result.value.id}`);
}

export default function DeliveryModels({ loaderData, actionData }: Route.ComponentProps) {
  const { partnerships, abilities, options } = loaderData;
  return (
    <>
      <h1>Delivery models</h1>
      <p className="lead">
        Early Adopter partnerships turn the toolkit into local delivery models. This shows each one,
        its care model and how close it is to going live.
      </p>
      <div
        className="table-scroll"
        role="region"
        aria-label="Early Adopter partnerships"
        tabIndex={0}
      >
        <table>
          <caption className="visually-hidden">Early Adopter partnerships</caption>
          <thead>
            <tr>
              <th scope="col">Partnership</th>
              <th scope="col">Place</th>
              <th scope="col">Care model</th>
              <th scope="col">Status</th>
              <th scope="col">People in cohort</th>
              <th scope="col">Planned go-live</th>
              <th scope="col">Actual go-live</th>
            </tr>
          </thead>
          <tbody>
            {partnerships.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={p.id}>{p.name}</Link>
                  {abilities.editable.includes(p.id) && !abilities.canCreate && (
                    <span className="meta"> (you can edit)</span>
                  )}
                </th>
                <td>{p.place.name}</td>
                <td>{careModelLabel(p.careModelType)}</td>
                <td>{partnershipStatusLabel(p.status)}</td>
                <td>
                  {formatNumber(p.cohortSize)} <span className="meta">({p.cohort})</span>
                </td>
                <td>{formatDate(p.plannedGoLive)}</td>
                <td>{p.actualGoLive ? formatDate(p.actualGoLive) : "Not live yet"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {options && (
        <section aria-labelledby="add-partnership">
          <h2 id="add-partnership">Add a partnership</h2>
          <ErrorSummary message={actionData?.formError} />
          <PartnershipForm
            intent="create"
            submitLabel="Add partnership"
            options={options}
            fieldErrors={actionData?.fieldErrors}
          />
        </section>
      )}
    </>
  );
}
