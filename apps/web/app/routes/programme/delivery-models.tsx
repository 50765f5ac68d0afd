import type { Route } from "./+types/delivery-models";
import { load } from "../../lib/trpc-errors.server";
import { careModelLabel, formatDate, formatNumber, partnershipStatusLabel } from "../../lib/labels";

export const meta: Route.MetaFunction = () => [{ title: "Delivery models – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const partnerships = await load(request, () =>
    context.trpc.partnerships.list({ programmeSlug: params.slug }),
  );
  return { partnerships };
}

export default function DeliveryModels({ loaderData }: Route.ComponentProps) {
  const { partnerships } = loaderData;
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
                <th scope="row">{p.name}</th>
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
    </>
  );
}
